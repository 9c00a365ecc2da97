/**
 * The search form of a Vietnamese name: lower case, no diacritics, single spaces.
 * "Đông Giang" → "dong giang". Đ/đ is a separate letter, not a D with a combining mark, so NFD
 * alone leaves it; it is mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a search, folded: "Sở Công Thương Bình Thuận" → ["so", "cong", "thuong", "binh",
 * "thuan"]. A name matches when it contains every word, in any order, so "so cong thuong binh
 * thuan" finds "Sở Công Thương tỉnh Bình Thuận".
 */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(' ').filter(Boolean);
}
