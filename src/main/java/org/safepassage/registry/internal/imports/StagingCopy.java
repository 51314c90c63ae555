package org.safepassage.registry.internal.imports;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a COPY (text format) in 256 KB chunks, so that PostgreSQL stores them while the next
 * rows are parsed.
 */
final class StagingCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 18;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    StagingCopy(CopyIn copy) {
        this.copy = copy;
    }

    StagingCopy field(Object value) {
        if (!buffer.isEmpty() && buffer.charAt(buffer.length() - 1) != '\n') {
            buffer.append('\t');
        }
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** A text[] value in PostgreSQL's array syntax, every element quoted. */
    StagingCopy array(String[] values) {
        if (values == null) {
            return field(null);
        }
        var literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return field(literal.append('}'));
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
