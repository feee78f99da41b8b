package org.mailroom.io;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A line and column as an editor shows them: both from 1, the column counted in characters. Jackson reads
 * the file as bytes and counts columns in bytes, which drifts on a line with an accented name.
 */
record TextPosition(int line, int column) {

    private static final int BYTE_ORDER_MARK = 3;

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= BYTE_ORDER_MARK && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Walks the file once, front to back, as the parser reports positions in order. */
    static final class Counter {

        private final byte[] bytes;
        private final int start;
        private int offset;
        private int line = 1;
        private int column = 1;

        Counter(byte[] bytes) {
            this.bytes = bytes;
            this.start = hasByteOrderMark(bytes) ? BYTE_ORDER_MARK : 0;
            this.offset = start;
        }

        TextPosition at(JsonLocation location) {
            return at(location.getByteOffset());
        }

        TextPosition at(long byteOffset) {
            int target = (int) Math.max(start, Math.min(byteOffset, bytes.length));
            if (target < offset) {
                offset = start; // asked about an earlier place: count again from the start
                line = 1;
                column = 1;
            }
            for (; offset < target; offset++) {
                byte b = bytes[offset];
                boolean crlf = b == '\r' && offset + 1 < bytes.length && bytes[offset + 1] == '\n';
                if (b == '\n' || b == '\r' && !crlf) {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++; // a character starts at every byte but UTF-8's continuation bytes
                }
            }
            return new TextPosition(line, column);
        }
    }
}
