package org.reassure.care.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reassure.platform.Message;

/**
 * A task's note as it is kept: a message key and its arguments as texts ({@code care_task.note_key} and
 * {@code note_args}), so that it is shown in the reader's language. An argument that is itself a message (a label
 * inside the sentence) is kept as its key and arguments joined by a unit separator, one level deep.
 */
final class TaskNotes {

    private static final String SEPARATOR = "\u001f";

    private TaskNotes() {}

    /** The arguments of {@code note} as stored. */
    static String[] args(Message note) {
        return note.args().stream().map(TaskNotes::write).toArray(String[]::new);
    }

    static Message read(String key, Array args) throws SQLException {
        if (key == null) {
            return null;
        }
        String[] stored = args == null ? new String[0] : (String[]) args.getArray();
        return new Message(key, Arrays.stream(stored).map(TaskNotes::read).toList());
    }

    private static String write(Object arg) {
        if (arg instanceof Message message) {
            List<String> parts = new ArrayList<>();
            parts.add(message.key());
            message.args().forEach(each -> parts.add(String.valueOf(each)));
            return SEPARATOR + String.join(SEPARATOR, parts);
        }
        return String.valueOf(arg);
    }

    private static Object read(String arg) {
        if (arg != null && arg.startsWith(SEPARATOR)) {
            String[] parts = arg.substring(1).split(SEPARATOR, -1);
            return new Message(parts[0], Arrays.asList((Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return arg;
    }
}
