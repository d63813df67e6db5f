package org.peeragogy.reader.share.group;

import org.peeragogy.reader.share.RealPaths;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.ShareReason;

/**
 * Which folders may be chosen as a group folder, one rule for the command line's {@code group-folder set} and the
 * window's Notes → Group folder… (the window took the handbook's own folder, which the command line refused: try17w
 * F17). Refused, in this order: the reader's own data folder, anything inside it (its {@code group-staging} too) or a
 * folder that holds it (decision 0035: a sync tool would pass the private database to everyone); the folder the
 * handbook is read from, or anything inside it (the reader would write notes among its chapters); a file; anything
 * else that is not a folder (a pipe, a device); a folder that is not there; another reader's data folder (one holding {@code reader.db}). Paths are compared with their links followed ({@link RealPaths}, decision 0045). A folder that holds the
 * handbook's folder is taken: the reader writes only its own file, at the top, and the handbook's text is public.
 *
 * <p>Threads: {@link #refusal} reads the disk (not the FX thread); {@link #handbookLocation} does not (any thread).
 */
public final class GroupFolderRule {
    private GroupFolderRule() {
    }

    /**
     * Why {@code dir} cannot be the group folder ({@code GroupReason.GROUP_CHOSEN_*}, whose English the command line
     * prints and the window translates), or empty when it can. Never throws.
     *
     * @param dir        the folder chosen, as given (made absolute here)
     * @param dataFolder the reader's data folder
     * @param handbook   where the open handbook is read from ({@link #handbookLocation}); a zip file is no folder
     *                   and refuses nothing
     */
    public static Optional<Reason> refusal(Path dir, Path dataFolder, Optional<Path> handbook) {
        Path abs = dir.toAbsolutePath().normalize();
        // What the folder is comes before whether it is there: a folder not made yet inside the data folder (its
        // staging folder, a new folder under a link to it) is said as the data folder, which making it would not mend.
        if (RealPaths.inside(abs, dataFolder) || RealPaths.inside(dataFolder, abs)) {
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_DATA_FOLDER, abs));
        }
        Optional<Path> book = handbook.map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory);
        if (book.isPresent() && RealPaths.inside(abs, book.get())) {
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_HANDBOOK_FOLDER, abs, book.get()));
        }
        if (Files.isRegularFile(abs)) {
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_FILE, abs)); // not "no folder… make it" (t16's N4)
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_NOT_A_FOLDER, abs)); // a pipe, a device (t32's F11)
        }
        if (!Files.isDirectory(abs)) {
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_NOT_THERE, abs));
        }
        if (Files.exists(abs.resolve(org.peeragogy.reader.store.Database.FILE_NAME))) {
            // Another reader's data folder (t16's N7): refused as the reader's own is, for the same reason.
            return Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_OTHER_DATA_FOLDER, abs));
        }
        return Optional.empty();
    }

    /**
     * Why {@code dir} cannot be chosen now as the group folder, by the command line's {@code group-folder set} and the
     * window's Notes → Group folder… alike: {@link #refusal}, else {@link #unwritable} (a read-only folder was taken by
     * the window and said only at its first write). Empty when it may be chosen. Reads the disk; never throws.
     *
     * @param dir        the folder chosen, as given (made absolute here)
     * @param dataFolder the reader's data folder
     * @param handbook   where the open handbook is read from ({@link #handbookLocation})
     */
    public static Optional<Reason> choiceRefusal(Path dir, Path dataFolder, Optional<Path> handbook) {
        return refusal(dir, dataFolder, handbook).or(() -> unwritable(dir));
    }

    /**
     * Why a folder {@link #refusal} took cannot be the group folder: it cannot be written to
     * ({@code GroupReason.GROUP_CHOSEN_READ_ONLY}: a locked stick, a share without write permission, a read-only
     * mount; fresh tester t31's F10: it was taken and every sync failed later), or empty. Asked by access(2), which a
     * read-only mount and an immutable folder answer for root too. Part of {@link #choiceRefusal}; a folder that became
     * read-only after it was chosen is said by {@code group-folder status} and the window's line. Reads the disk;
     * never throws.
     */
    public static Optional<Reason> unwritable(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return Files.isDirectory(abs) && !Files.isWritable(abs)
                ? Optional.of(Reason.of(GroupReason.GROUP_CHOSEN_READ_ONLY, abs)) : Optional.empty();
    }

    /**
     * Why {@code dataDir}, a data folder named by {@code --data-dir}, cannot be made (fresh tester t31's F19): it is,
     * or is inside, one of {@code groupFolders} (those the reader's other data folders have set; links followed), or
     * it or a folder above it holds, at its top, a notes file named as a group folder's are
     * ({@code Ana_<uuid>.peeranotes}), which a data folder never does (an export into it is refused): a group folder
     * no data folder of this computer set, such as one on a stick (t32's F1). A folder that already holds a notes file
     * ({@code reader.db}) is never refused: it is someone's data folder, and refusing it would lock them out of their
     * notes (t32's F2: one group file copied into it did). Empty when it may be one. Reads the disk; never throws.
     */
    public static Optional<Reason> dataFolderRefusal(Path dataDir, java.util.Collection<Path> groupFolders) {
        Path abs = dataDir.toAbsolutePath().normalize();
        if (holdsNotesFile(abs)) {
            return Optional.empty();
        }
        for (Path group : groupFolders) {
            if (Files.isDirectory(group) && RealPaths.inside(abs, group)) {
                return Optional.of(Reason.of(GroupReason.DATA_FOLDER_IN_GROUP_FOLDER, abs,
                        group.toAbsolutePath().normalize()));
            }
        }
        for (Path folder = abs; folder != null; folder = folder.getParent()) {
            Optional<String> groupFile = groupFileIn(folder);
            if (groupFile.isPresent()) {
                return Optional.of(folder.equals(abs)
                        ? Reason.of(GroupReason.DATA_FOLDER_IS_A_GROUP_FOLDER, abs,
                                org.peeragogy.reader.book.AuthorNames.listed(groupFile.get()))
                        : Reason.of(GroupReason.DATA_FOLDER_IN_GROUP_FOLDER, abs, folder));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code dataDir} already holds the reader's notes file ({@code reader.db}, a link counted as one): a data
     * folder {@link #dataFolderRefusal} never refuses, whatever group folders are known, so a caller may skip finding
     * them. Reads the disk; never throws.
     */
    public static boolean holdsNotesFile(Path dataDir) {
        return Files.exists(dataDir.toAbsolutePath().normalize().resolve(org.peeragogy.reader.store.Database.FILE_NAME),
                LinkOption.NOFOLLOW_LINKS);
    }

    /** The first (by name) notes file at the top of {@code folder} named as a group folder's are; empty if none. */
    private static Optional<String> groupFileIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var names = Files.list(folder)) {
            return names.filter(Files::isRegularFile).map(p -> String.valueOf(p.getFileName()))
                    .filter(n -> GroupFileNames.classify(n).kind() == GroupFileNames.Kind.NOTES
                            && GroupFileNames.authorIdOf(n).isPresent())
                    .sorted().findFirst();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable folder is said by the data folder's own opening, or is not ours
        }
    }

    /**
     * Where {@code handbook} is read from, as a path (a folder or a zip file), when it is read from the disk; empty for
     * the bundled guide and for a location that is no path. Does not read the disk: any thread.
     */
    public static Optional<Path> handbookLocation(Handbook handbook) {
        if (handbook.isGuide()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(handbook.location()).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The group's name as it is kept: {@code typed} cleaned and cut to its first 200 code points as people's names are
     * ({@link org.peeragogy.reader.book.AuthorNames#shorten}; fresh tester t16's N14: 5,000 characters were kept and
     * printed), or, when that is blank, the folder's own name. Any thread; reads nothing.
     */
    public static String groupName(String typed, Path dir) {
        String name = org.peeragogy.reader.book.AuthorNames.shorten(typed == null ? "" : typed);
        Path last = dir.getFileName();
        return name.isBlank() ? org.peeragogy.reader.book.AuthorNames.shorten(String.valueOf(last == null ? dir : last)) : name;
    }
}
