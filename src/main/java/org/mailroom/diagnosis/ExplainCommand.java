package org.mailroom.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailroom.text.Text;

/**
 * {@code explain [TEXT...]}: the error decoder without the window. The text comes from the arguments or, with
 * none, from standard input (a log excerpt piped in). Exit 0 when the table recognises it, 1 when not, 2 for
 * bad usage (nothing to explain, too much, an unknown option).
 */
public final class ExplainCommand {

    public static final int RECOGNISED = 0;
    public static final int NOT_RECOGNISED = 1;
    public static final int BAD_USAGE = 2;

    private ExplainCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(Text.get("explain.cli.usage"));
            return RECOGNISED;
        }
        if (args.length > 0 && args[0].startsWith("--")) {
            err.println(Text.get("explain.cli.unknownOption", args[0]));
            err.println(Text.get("explain.cli.usage"));
            return BAD_USAGE;
        }
        String text;
        try {
            text = args.length > 0 ? String.join(" ", args) : read(stdin);
        } catch (IOException e) {
            err.println(Text.get("explain.cli.unreadable"));
            return BAD_USAGE;
        }
        List<Explanation> explanations;
        try {
            explanations = ErrorDecoder.explain(text);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Text.get("explain.cli.usage"));
            return BAD_USAGE;
        }
        if (explanations.isEmpty()) {
            out.println(Text.get("explain.unknown"));
            return NOT_RECOGNISED;
        }
        for (Explanation explanation : explanations) {
            out.println(Text.get("explain.cli.explanation", explanation.said(), explanation.cause(), explanation.field(), explanation.fix()));
        }
        return RECOGNISED;
    }

    /** At most one character past the limit is read: the decoder then refuses it in words. */
    private static String read(InputStream stdin) throws IOException {
        byte[] bytes = stdin.readNBytes(ErrorDecoder.MAX_LENGTH * 4 + 4);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > ErrorDecoder.MAX_LENGTH + 1 ? text.substring(0, ErrorDecoder.MAX_LENGTH + 1) : text;
    }
}
