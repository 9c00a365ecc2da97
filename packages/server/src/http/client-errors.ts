import type { Server } from 'node:http';
import type { Socket } from 'node:net';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/**
 * Answers requests Node's HTTP parser refuses (a URL or headers over `maxHeaderSize`, malformed
 * bytes) with a status line instead of a reset connection: 414 for an over-long URL, 431 for
 * over-large headers, 400 otherwise. The rest of what the client sends is read and dropped for a
 * moment, so it sees the answer rather than a reset while it is still writing.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? (requestLineUnfinished(error.rawPacket) ? 414 : 431) : 400;
    const message = JSON.stringify({
      errors: [
        { message: describe(status), extensions: { code: status === 400 ? 'BAD_REQUEST' : 'REQUEST_TOO_LARGE' } },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(message)}\r\nConnection: close\r\n\r\n${message}`,
    );
    socket.resume();
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
}

// The packet that overflowed: when its first line break is missing or far in, the request line
// (the URL) is what is too long.
function requestLineUnfinished(packet: Buffer | undefined): boolean {
  if (!packet) return false;
  const lineEnd = packet.indexOf('\r\n');
  return lineEnd === -1 || lineEnd > 8_192;
}

function describe(status: number): string {
  if (status === 414) return 'The URL is too long; send the query in a POST body instead.';
  if (status === 431) return 'The request headers are too large.';
  return 'The request is not valid HTTP.';
}
