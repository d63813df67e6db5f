package org.peeragogy.reader.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Reason;

/**
 * What a folder's import ({@link FolderImport}) does not read, said in one line (fresh tester t15c's N4: sub-folders,
 * hidden notes files, a pipe and a folder named {@code dir.peeranotes} were passed over without a word, so a stick laid
 * out as one folder per participant imported nothing and said only that the folder had no notes files): its
 * sub-folders, and hidden or special files (pipes, devices) named as notes files. Other files (a stick's photos) are not
 * named. Threads: not the FX thread (lists the folder).
 */
final class FolderSkipped {
    /** Most names given of each kind; the rest are counted. */
    static final int NAMED = 3;

    private FolderSkipped() {
    }

    /** "Not read: 2 sub-folders (ana, bo), 1 hidden file (.x.peeranotes) …", or empty when nothing is passed over. */
    static Optional<Reason> of(Path folder) {
        List<String> folders = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<String> special = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.sorted().forEach(p -> {
                String name = String.valueOf(p.getFileName());
                String n = name.toLowerCase(Locale.ROOT);
                boolean notesName = n.endsWith(".peeranotes") || n.endsWith(".jsonld") || n.endsWith(".json");
                if (Files.isSymbolicLink(p)) {
                    return; // a link is refused by name, one by one
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!n.startsWith(".")) { // a stick's hidden folders (.Trashes, .git) are nobody's notes
                        folders.add(name);
                    }
                } else if (notesName && n.startsWith(".")) {
                    hidden.add(name);
                } else if (notesName && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    special.add(name);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty(); // listing it again failed: the import's own listing says why
        }
        List<Reason> parts = new ArrayList<>();
        part(folders, ShareReason.NOT_READ_FOLDERS).ifPresent(parts::add);
        part(hidden, ShareReason.NOT_READ_HIDDEN).ifPresent(parts::add);
        part(special, ShareReason.NOT_READ_SPECIAL).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(Reason.of(ShareReason.FOLDER_NOT_READ, Reason.listOf(parts)));
    }

    private static Optional<Reason> part(List<String> names, ShareReason kind) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())).stream()
                .map(n -> AuthorNames.cut(AuthorNames.listed(n), AuthorNames.MAX, true)).toList());
        Object list = names.size() > NAMED ? Reason.of(ShareReason.AND_MORE, shown, names.size() - NAMED) : shown;
        return Optional.of(Reason.of(kind, names.size(), list));
    }
}
