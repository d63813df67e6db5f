package org.peeragogy.reader.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.group.GroupFileNames;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * {@code group-folder set DIR [--group NAME]}, {@code group-folder status} and
 * {@code group-folder sync [--merge-accepted | --merge-all]} (issue 16): the group folder for scripts, tests
 * and a facilitator at a terminal. Prints tab-separated lines; exits 1 with a message on the error stream when
 * no folder is set or it is not reachable.
 */
final class GroupFolderCommand {
    private static final System.Logger LOG = System.getLogger(GroupFolderCommand.class.getName());
    private final PrintStream out;
    private final PrintStream err;

    GroupFolderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options, Handbook handbook) throws StoreException {
        String what = options.arguments().get(0);
        try (Database db = Database.open(DataDirs.resolve(options))) {
            if (what.equals("set")) {
                return set(db, Path.of(options.arguments().get(1)), options.flag("--group"));
            }
            Optional<String> dir = db.settings().get(GroupFolder.FOLDER_SETTING);
            if (dir.isEmpty()) {
                err.println("No group folder is set. Choose one with: group-folder set DIR [--group NAME]");
                return 1;
            }
            GroupFolder folder = new GroupFolder(Path.of(dir.get()), DataDirs.resolve(options).resolve("group-staging"));
            NoteSharing sharing = new NoteSharing(db, new HandbookChapters(handbook), Cli.appVersion());
            if (what.equals("sync")) {
                try {
                    out.println("wrote\t" + folder.writeOwn(db, sharing).getFileName());
                } catch (ShareException e) {
                    err.println(Messages.logged(LOG, "group-folder sync", e));
                }
            }
            GroupFolder.Scan scan = folder.scan(db, sharing, true);
            if (!scan.reachable()) {
                err.println(scan.problem());
                return 1;
            }
            out.println("group\t" + db.settings().get(GroupFolder.GROUP_SETTING).orElse("") + "\t" + folder.folder());
            boolean mergeAll = options.has("--merge-all");
            boolean mergeAccepted = options.has("--merge-accepted");
            for (GroupFolder.Arrival a : scan.arrivals()) {
                boolean accepted = folder.accepted(db, a);
                if (what.equals("sync") && (mergeAll || mergeAccepted && accepted)) {
                    try {
                        ShareStore.Applied done = folder.merge(db, sharing, a, mergeAll);
                        out.println("merged\t" + a.seen().person() + "\t" + a.seen().name() + "\t"
                                + GroupFolder.shortSummary(done.plan().summary()));
                    } catch (ShareException e) {
                        err.println(Messages.logged(LOG, "group-folder sync", e));
                    }
                } else {
                    out.println("new\t" + a.seen().person() + "\t" + a.seen().name() + "\t"
                            + GroupFolder.shortSummary(a.preview().plan().summary())
                            + (accepted ? "" : "\tnot accepted yet: merge it in the window, or sync --merge-all"));
                }
            }
            if (what.equals("status")) {
                for (GroupFolderStore.SeenFile f : scan.files()) {
                    out.println("file\t" + f.person() + "\t" + f.name() + "\t"
                            + f.writtenAt().map(Object::toString).orElse(f.modified().toString()) + "\t"
                            + f.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "\t"
                            + f.summary().replace('\n', ' '));
                }
                scan.arriving().forEach(n -> out.println("arriving\t" + n));
            }
            return 0;
        }
    }

    private int set(Database db, Path dir, Optional<String> group) throws StoreException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            err.println("There is no folder at " + abs + ". Make it (or plug in the stick, connect the share) and"
                    + " run group-folder set again.");
            return 1;
        }
        String name = group.orElse(abs.getFileName() == null ? abs.toString() : abs.getFileName().toString());
        db.settings().put(GroupFolder.FOLDER_SETTING, abs.toString());
        db.settings().put(GroupFolder.GROUP_SETTING, name);
        String me = db.settings().get(SettingsStore.READER_NAME).filter(n -> !n.isBlank()).orElse("reader");
        out.println("Group folder for " + name + ": " + abs);
        out.println("Your notes go there as " + GroupFileNames.own(me, db.settings().readerId())
                + "; group-folder sync writes them now and reads the others'.");
        return 0;
    }
}
