package org.mailroom.io;

import com.fasterxml.jackson.core.JsonPointer;
import org.mailroom.text.Text;

/**
 * One thing wrong with an import file: where (a JSON path such as {@code $.mailboxes[2].port}, and the
 * line and column it starts at; 0 when unknown) and what, in words an admin understands.
 *
 * @param pointer the JSON Pointer of the value ({@code /mailboxes/2/port}), "" for the whole file
 */
public record ImportProblem(String pointer, int line, int column, String message) {

    /** {@code $.mailboxes[2].port}: array indexes in brackets, field names after dots. */
    public String path() {
        StringBuilder path = new StringBuilder("$");
        JsonPointer rest = JsonPointer.compile(pointer);
        while (!rest.matches()) {
            if (rest.mayMatchElement()) {
                path.append('[').append(rest.getMatchingIndex()).append(']');
            } else {
                path.append('.').append(rest.getMatchingProperty());
            }
            rest = rest.tail();
        }
        return path.toString();
    }

    /** "$.mailboxes[2].port (line 14, column 15): Port: a whole number from 1 to 65535". */
    public String describe() {
        return line > 0
                ? Text.get("io.problem.at", path(), line, column, message)
                : Text.get("io.problem.atPath", path(), message);
    }

    @Override
    public String toString() {
        return describe();
    }
}
