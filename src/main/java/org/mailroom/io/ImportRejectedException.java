package org.mailroom.io;

import java.util.List;
import java.util.stream.Collectors;

/** The import file has problems; nothing was imported. Each problem names its JSON path. */
public class ImportRejectedException extends Exception {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
