package org.mailroom.io;

import java.util.List;

/**
 * The file is a Mailroom workspace file that could be read, but some of its values break the rules (a
 * 50-character Mailbox Name, a reference to nothing). Told apart from a file that is no workspace file at all,
 * because for the check these are findings (exit 1), not a file it cannot read (exit 2).
 */
public final class ImportRulesBrokenException extends ImportRejectedException {

    public ImportRulesBrokenException(List<ImportProblem> problems) {
        super(problems);
    }
}
