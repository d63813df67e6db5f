package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupHandout;
import org.peeragogy.reader.share.group.GroupFolderRule;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * {@code group-folder set DIR [--group NAME]}, {@code group-folder status} and
 * {@code group-folder sync [--merge-accepted | --merge-all]} (issue 16): the group folder for scripts, tests
 * and a facilitator at a terminal. Prints tab-separated lines, one record each: every field from outside (file
 * names, people's names, reasons) is cleaned as people's names are listed ({@link AuthorNames#listed}: no tab, line
 * break, bidirectional control, direction mark or zero-width character), times are UTC to the millisecond. After each {@code new} or {@code merged} line come
 * its file's {@code remark} lines, as {@code import} prints them. Exits 1 with a message on the error stream, saying
 * what to do, when no folder is set, it is not reachable, or ({@code sync}) the reader's own file could not be
 * written or the folder is the handbook's own (set before {@code set} refused it: nothing is written among the
 * chapters). A command runs once: nothing here looks again later.
 */
final class GroupFolderCommand {
    private static final System.Logger LOG = System.getLogger(GroupFolderCommand.class.getName());
    /** The time column: UTC to the millisecond, always three digits. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final PrintStream out;
    private final PrintStream err;

    GroupFolderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options, Handbook handbook) throws StoreException {
        String what = options.arguments().get(0);
        Path data = DataDirs.resolve(options);
        try (Database db = Database.open(data)) {
            if (what.equals("set")) {
                return set(db, data, Path.of(options.arguments().get(1)), options.flag("--group"), handbook);
            }
            Optional<String> dir = db.settings().get(GroupFolder.FOLDER_SETTING);
            if (dir.isEmpty()) {
                err.println("No group folder is set. Choose one with: group-folder set DIR [--group NAME]");
                return 1;
            }
            Optional<org.peeragogy.reader.book.Reason> amongChapters = what.equals("sync") ? GroupFolderRule.refusal(
                    Path.of(dir.get()), data, GroupFolderRule.handbookLocation(handbook))
                    .filter(r -> r.code() == GroupReason.GROUP_CHOSEN_HANDBOOK_FOLDER) : Optional.empty();
            if (amongChapters.isPresent()) {
                // Set before set refused it, or a link re-pointed since (the data folder is refused by every write).
                err.println(shown(amongChapters.get().english(), Path.of(dir.get())) + " Nothing was written there."
                        + " Choose another with: group-folder set DIR [--group NAME]");
                return 1;
            }
            GroupFolder folder = new GroupFolder(Path.of(dir.get()), data.resolve("group-staging"));
            NoteSharing sharing = new NoteSharing(db, new HandbookChapters(handbook), Cli.appVersion());
            boolean written = true;
            // A folder not there is said once, by the look below (not also as a file that could not be written).
            // And a stick's mount point left behind is said once, by the look, in a command line's words (t16's N5).
            if (what.equals("sync") && (!Files.isDirectory(folder.folder()) || folder.leftBehind(db))) {
                written = false;
            } else if (what.equals("sync")) {
                try {
                    out.println("wrote\t" + cell(String.valueOf(folder.writeOwn(db, sharing).getFileName())));
                } catch (ShareException e) {
                    written = false;
                    err.println(shown(Messages.logged(LOG, "group-folder sync", e), folder.folder())
                            + " Then run group-folder sync again.");
                }
            }
            // The window's notice of a digest is not used up here: digests are listed, not marked seen.
            // What files say for people other than their owners is held back as an import holds it (decision 0077),
            // unless sync is told to take it.
            GroupFolder.Scan scan = folder.scan(db, sharing, true, false, what.equals("sync") ? new GroupFolder.Taking(
                    WorkshopCommands.takesOthersChanges(options), options.has("--others-votes")) : GroupFolder.Taking.NOTHING);
            if (!scan.reachable() && scan.problem().code() == GroupReason.GROUP_UNMOUNTED) {
                err.println(shown(org.peeragogy.reader.book.Reason.of(GroupReason.GROUP_UNMOUNTED_COMMAND, folder.folder(),
                        what).english(), folder.folder()));
                return 1;
            }
            if (!scan.reachable()) {
                err.println(shown(scan.problem().english(), folder.folder()) + " Plug in the stick or connect the share, then run group-folder " + what
                        + " again.");
                return 1; // went away while it was read: nothing was merged (b4)
            }
            out.println("group\t" + cell(db.settings().get(GroupFolder.GROUP_SETTING).orElse("")) + "\t"
                    + cell(folder.folder().toString()));
            // Read, not written (t32's F12): said beside what was read, which still counts.
            org.peeragogy.reader.share.group.GroupFolderRule.unwritable(folder.folder()).ifPresent(r -> err.println(shown(
                    org.peeragogy.reader.book.Reason.of(GroupReason.GROUP_READ_ONLY_NOW, folder.folder()).english(),
                    folder.folder())));
            scan.underYourIdProblem().ifPresent(problem -> err.println(cell(problem)));
            scan.underYourId().forEach(n -> out.println("under-your-id\t" + cell(n)));
            written &= arrivals(db, sharing, folder, scan, what.equals("sync") ? options : null);
            if (what.equals("status")) {
                // Whether the reader's own notes are in the folder, for a script (fresh tester 16c's F5).
                out.println(yours(folder.folder(), scan.ownFile()));
                for (GroupFolderStore.SeenFile f : scan.files()) {
                    out.println("file\t" + cell(f.person()) + "\t" + cell(f.name()) + "\t"
                            + TIME.format(f.writtenAt().orElse(f.modified())) + "\t"
                            + f.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "\t" + cell(f.summary()));
                }
                scan.arriving().forEach(n -> out.println("arriving\t" + cell(n)));
                for (GroupHandout h : scan.digests()) {
                    out.println("digest\t" + cell(h.name()) + "\t" + TIME.format(h.modified()) + "\t"
                            + cell(h.file().toString()));
                }
            } else {
                scan.unusable().forEach(f -> out.println("unusable\t" + cell(f.name()) + "\t" + cell(f.summary())));
            }
            return written ? 0 : 1;
        }
    }

    /**
     * A {@code merged} line for each arrival {@code sync} (its options; null for {@code status}) merges, then a
     * {@code new} line for each other, each followed by its remarks. What is merged is merged as one import (one
     * {@code undo-import} takes it all back, as the window's notice does; b5), and the {@code new} lines are counted
     * after it, by a second look (a nit: they were counted before the same run's merges).
     *
     * @return false when a named file does not wait in the folder, or the merge failed (said on the error stream)
     */
    private boolean arrivals(Database db, NoteSharing sharing, GroupFolder folder, GroupFolder.Scan scan, Options sync)
            throws StoreException {
        boolean mergeAll = sync != null && sync.has("--merge-all");
        boolean mergeAccepted = sync != null && sync.has("--merge-accepted");
        java.util.Set<String> named = sync == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(sync.all("--merge"));
        boolean ok = true;
        // A file is named by its name, or by its name as status lists it (its invisible and control characters
        // taken out: fresh tester 16c's F9), when that names one file only.
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (String n : named) {
            java.util.List<String> exact = scan.arrivals().stream().map(Arrival::fileName)
                    .filter(n::equals).toList();
            java.util.List<String> shown = scan.arrivals().stream().map(Arrival::fileName)
                    .filter(f -> cell(f).equals(n)).toList();
            java.util.List<String> found = exact.isEmpty() ? shown : exact;
            if (found.size() == 1) {
                chosen.add(found.get(0));
            } else if (found.isEmpty()) {
                // A file status lists that cannot be merged (not complete, unusable) says why (t31's F6).
                java.util.Optional<GroupFolderStore.SeenFile> listed = scan.files().stream()
                        .filter(f -> f.name().equals(n) || cell(f.name()).equals(n)).findFirst();
                err.println(listed.map(f -> cell(f.name()) + " cannot be merged: it is " + f.state().name()
                                .toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + cell(f.summary()) + ").")
                        .orElse("No file waits to be merged in the group folder under the name " + cell(n)
                                + " (group-folder status lists them with their names)."));
                ok = false;
            } else {
                err.println(found.size() + " files waiting in the group folder show as " + cell(n) + ": give the"
                        + " file's exact name, or merge them in the window. Nothing was merged under that name.");
                ok = false;
            }
        }
        java.util.List<Arrival> toMerge = new java.util.ArrayList<>();
        for (Arrival a : scan.arrivals()) {
            if (mergeAll || chosen.contains(a.fileName()) || mergeAccepted && folder.accepted(db, a)) {
                toMerge.add(a);
            }
        }
        GroupFolder.Scan rest = scan;
        if (!toMerge.isEmpty()) {
            try {
                java.util.List<ShareStore.Applied> done = folder.mergeAll(db, sharing, toMerge, mergeAll || !named.isEmpty());
                for (int k = 0; k < toMerge.size(); k++) {
                    Arrival a = toMerge.get(k);
                    out.println("merged\t" + cell(a.seen().person()) + "\t" + cell(a.seen().name()) + "\t"
                            + org.peeragogy.reader.share.group.FileChanges.merged(a.preview(), done.get(k).plan()));
                    a.preview().remarks().forEach(r -> out.println("remark\t" + cell(r)));
                }
                heldBack(toMerge);
                rest = folder.scan(db, sharing, true, false); // what still waits, counted after these merges
            } catch (ShareException e) {
                err.println(Messages.logged(LOG, "group-folder sync", e) + " Nothing was merged.");
                toMerge.clear();
                ok = false;
            }
        }
        java.util.Set<String> merged = new java.util.HashSet<>();
        toMerge.forEach(a -> merged.add(a.fileName()));
        for (Arrival a : rest.arrivals()) {
            if (merged.contains(a.fileName())) {
                continue;
            }
            boolean accepted = folder.accepted(db, a);
            out.println("new\t" + cell(a.seen().person()) + "\t" + cell(a.seen().name()) + "\t"
                    + org.peeragogy.reader.share.group.FileChanges.of(a.preview()) + (accepted ? ""
                    : a.seen().authorId().isEmpty() ? "\tasks every time: its notes are not all one person's;"
                    + " merge it in the window, or sync --merge FILE"
                    : "\tnot accepted yet: merge it in the window, or sync --merge FILE"));
            a.preview().remarks().forEach(r -> out.println("remark\t" + cell(r)));
        }
        return ok;
    }

    /**
     * Says on the error stream what the merged files carried for other people that was left out (decision 0077; the
     * remarks above name each), and how to take it: "Not merged: FILE: 1 change to another person's note, 1 vote …".
     */
    private void heldBack(java.util.List<Arrival> merged) {
        java.util.List<String> files = new java.util.ArrayList<>();
        for (Arrival a : merged) {
            org.peeragogy.reader.share.ForOthers left = a.preview().forOthers();
            if (left.nothingToTake()) {
                continue;
            }
            java.util.List<String> what = new java.util.ArrayList<>();
            int changes = left.changesLeftOut().size();
            int votes = left.votesLeftOut().size();
            if (changes > 0) {
                what.add(changes + (changes == 1 ? " change to another person's note" : " changes to other people's notes"));
            }
            if (votes > 0) {
                what.add(votes + (votes == 1 ? " vote" : " votes") + " for other people");
            }
            err.println("Not merged: " + cell(a.fileName()) + ": " + String.join(", ", what));
            files.add(a.fileName());
        }
        if (!files.isEmpty()) {
            err.println("A note is changed by its own writer's file, and a vote counts from its voter's own file (see the"
                    + " remarks above). To take them too: undo-import, then group-folder sync"
                    + (files.size() == 1 ? " --merge " + shellWord(cell(files.get(0))) : " --merge-all")
                    + " --others-changes --others-votes");
        }
    }

    /** {@code word} as one shell word: quoted when it holds anything but letters, digits and {@code ._-}. */
    private static String shellWord(String word) {
        return word.matches("[\\p{L}\\p{N}._-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private int set(Database db, Path data, Path dir, Optional<String> group, Handbook handbook)
            throws StoreException {
        Path abs = dir.toAbsolutePath().normalize();
        // The window's Notes → Group folder… refuses the same folders, in the same words (GroupFolderRule).
        Optional<org.peeragogy.reader.book.Reason> refused = GroupFolderRule.choiceRefusal(abs, data,
                GroupFolderRule.handbookLocation(handbook));
        if (refused.isPresent()) {
            err.println(shown(refused.get().english(), abs) + " Then run group-folder set again.");
            return 1;
        }
        String name = GroupFolderRule.groupName(group.orElse(""), abs);
        db.settings().put(GroupFolder.FOLDER_SETTING, abs.toString());
        db.settings().put(GroupFolder.GROUP_SETTING, name);
        db.settings().put(org.peeragogy.reader.share.group.MountRecord.SETTING, ""); // chosen as it is now
        String id = db.settings().readerId();
        String me = db.settings().get(SettingsStore.READER_NAME).filter(n -> !n.isBlank())
                .or(() -> newestName(db, id)).orElse("reader"); // as the file will be named (try17w F1)
        // A group named after its folder is said so: "Group folder for group: …" read as a word left out (t35's F9).
        out.println("Group folder for " + (group.filter(g -> !g.isBlank()).isPresent() ? cell(name) : "\u201c"
                + cell(name) + "\u201d (named after its folder; --group NAME names the group)") + ": " + cell(abs.toString()));
        out.println("Your notes go there as " + GroupFileNames.own(me, db.settings().readerId())
                + "; group-folder sync writes them now and reads the others'.");
        return 0;
    }

    private static Optional<String> newestName(Database db, String id) {
        try {
            return db.authors().newestName(id);
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    /** "yours, the file, when it was written", or that it is not in the folder. */
    private static String yours(Path folder, String own) {
        try {
            if (!own.isEmpty() && Files.isRegularFile(folder.resolve(own), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return "yours\t" + cell(own) + "\t" + TIME.format(Files.getLastModifiedTime(folder.resolve(own),
                        java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant());
            }
        } catch (IOException e) {
            // Gone between the look and the read: said as not there, which sync mends.
        }
        return "yours\tnot in the folder\tgroup-folder sync writes it";
    }

    /**
     * One field of a line: no tab, line break, bidirectional control, direction mark or zero-width character from
     * outside breaks, reorders or disguises it ({@link AuthorNames#listed}).
     */
    private static String cell(String text) {
        return AuthorNames.listed(text);
    }

    /**
     * {@code line}, a sentence that names the group folder, with the folder's path in it shown as a {@link #cell} is
     * (fresh tester t33's F8d: a folder named with a line break and a right-to-left override broke the sentence in
     * two and showed it reordered). The folder's other forms (as a link resolves) are left as they are.
     */
    private static String shown(String line, Path folder) {
        String raw = folder.toString();
        return line.replace(raw, cell(raw));
    }
}
