package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * One participant of a group for the group folder tests: a data folder of their own (a real SQLite file), the
 * fixture handbook, and the group folder as their computer sees it (each member may have their own copy, kept
 * the same by a sync tool or by the test).
 */
final class GroupMember implements AutoCloseable {
    final Path data;
    final Database db;
    final Handbook handbook;
    final NoteSharing sharing;
    final GroupFolder folder;

    private GroupMember(Path data, Path folder, String name) throws Exception {
        this.data = data;
        this.db = Database.open(data);
        this.handbook = Handbooks.open(TestHandbooks.fixture());
        this.sharing = new NoteSharing(db, new HandbookChapters(handbook), "test");
        this.folder = new GroupFolder(folder, data.resolve("group-staging"));
        // A group that agreed to anonymous questions, each reader ticking the option (decision 0080: where it is off, a
        // file carrying one asks; tests of that tick it off or use the command line's defaults).
        db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
        if (name != null) {
            db.settings().putReaderName(name);
        }
    }

    /** The group folder of a test: {@code tmp/group}, made. */
    static Path groupFolderIn(Path tmp) throws Exception {
        return Files.createDirectories(tmp.resolve("group"));
    }

    /** The names of the files in {@code dir}, sorted. */
    static java.util.SortedSet<String> namesIn(Path dir) throws Exception {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(
                    java.util.TreeSet::new));
        }
    }

    /** A new participant called {@code name}, with data under {@code root/<name>} and the group folder {@code folder}. */
    static GroupMember join(Path root, String name, Path folder) throws Exception {
        return new GroupMember(root.resolve(name.toLowerCase(java.util.Locale.ROOT)), folder, name);
    }

    /**
     * A participant whose reader is older than the rule that "Anonymous" is no one's name (decision 0065), or a file
     * made by hand: the name is kept as given, unchecked.
     */
    static GroupMember joinUnchecked(Path root, String name, Path folder) throws Exception {
        GroupMember m = new GroupMember(root.resolve(name.toLowerCase(java.util.Locale.ROOT)), folder, null);
        m.db.settings().put(org.peeragogy.reader.store.SettingsStore.READER_NAME, name);
        return m;
    }

    /**
     * The same reader on a second computer: a copy of this member's data folder (their notes and their author
     * id), with its own copy of the group folder.
     */
    GroupMember secondComputer(Path root, String dirName, Path otherFolder) throws Exception {
        Path copy = root.resolve(dirName);
        Files.createDirectories(copy);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file()); var s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy.resolve("reader.db").toString().replace("'", "''") + "'");
        }
        return new GroupMember(copy, otherFolder, null);
    }

    /**
     * This member as a laptop cloned whole from another (same computer name, same paths): its reader finds itself
     * where it last wrote from, so it keeps the record of the files it wrote there (share.group.OwnFile's
     * {@code group.writer}: the computer's name and the data folder's real path). A copy made elsewhere forgets that
     * record and writes under the next name (try17w F16).
     */
    GroupMember asIfItWroteHereBefore() throws Exception {
        String host = java.net.InetAddress.getLocalHost().getHostName();
        db.settings().put("group.writer", host + "\n"
                + org.peeragogy.reader.share.RealPaths.real(data.toAbsolutePath().normalize()));
        return this;
    }

    /** A chapter note by this member on the fixture chapter {@code chapter}. */
    Annotation note(String chapter, String text) throws Exception {
        return db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), chapter,
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, text, List.of(), name(), Optional.empty()));
    }

    String name() throws Exception {
        return db.settings().get(org.peeragogy.reader.store.SettingsStore.READER_NAME).orElse("me");
    }

    String id() throws Exception {
        return db.settings().readerId();
    }

    /** Writes this member's own file into their group folder. */
    Path writeOwn() throws Exception {
        return folder.writeOwn(db, sharing);
    }

    GroupFolder.Scan scan() throws Exception {
        return folder.scan(db, sharing, false);
    }

    /** The live notes of this member's profile with this text. */
    List<Annotation> notesSaying(String text) throws Exception {
        return db.annotations().book(handbook.book().identity()).stream()
                .filter(a -> !a.isDeleted() && a.note().equals(text)).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            handbook.close();
        } finally {
            db.close();
        }
    }
}
