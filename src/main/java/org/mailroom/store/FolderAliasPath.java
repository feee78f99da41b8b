package org.mailroom.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 reads everything after the first {@code ;} of a URL as settings and has no way to escape one, so a data
 * folder named {@code a;INIT=...} would run SQL. The URL therefore names the folder only in hex, behind this
 * file-system scheme, and H2 asks this class for the real files: no character of the path reaches H2's URL
 * parser. Stateless (the hex is the path), so every open of one folder gets the same database name.
 */
public final class FolderAliasPath extends FilePathWrapper {

    private static final String SCHEME = "mailroom-folder";
    /** Marks the hex form; a path H2 derived from a real one (a parent, a real path) follows the scheme as is. */
    private static final char HEX_MARK = '@';

    static {
        FilePath.register(new FolderAliasPath());
    }

    /** H2 makes its instances by reflection. */
    public FolderAliasPath() {
    }

    /** The H2 database name (the URL's part after {@code jdbc:h2:}) of {@code name} in {@code folder}, e.g. {@code mailroom-folder:@2f746d70/workspace}. */
    static String name(Path folder, String name) {
        String hex = HexFormat.of().formatHex(folder.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        return SCHEME + ":" + HEX_MARK + hex + "/" + name;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected FilePath unwrap(String path) {
        String rest = path.substring(SCHEME.length() + 1);
        if (rest.isEmpty() || rest.charAt(0) != HEX_MARK) {
            return FilePath.get(rest);
        }
        int end = 1;
        while (end < rest.length() && Character.digit(rest.charAt(end), 16) >= 0) {
            end++;
        }
        String folder = new String(HexFormat.of().parseHex(rest, 1, end), StandardCharsets.UTF_8);
        return FilePath.get(folder + rest.substring(end));
    }
}
