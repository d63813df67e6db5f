package org.peeragogy.reader.share.group;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.ShareReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.GroupFolderStore.State;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * A folder that a group's sync tool (a USB stick passed round, the system's file sharing, Syncthing,
 * Nextcloud) keeps the same on everyone's computer (issue 16, decision 0026). The reader writes its own notes
 * there as one notes file ({@link #writeOwn}) and reads everyone else's ({@link #scan}); it never writes,
 * renames or deletes anyone else's file.
 *
 * <p>Each file of the folder is a stranger's: it is read with {@link NoteSharing#preview} (every check for
 * hostile notes files), and one that fails them is "not complete yet" (a file still being copied fails
 * them the same way) and is read again when it changes; it never stops the others. A sync tool's conflict
 * copy is another version of its person's file, merged after it, its differing notes kept as second
 * versions. A file that disappears, or comes back older, changes nothing: deletions come only from the
 * tombstones inside files. Which version of each file was looked at, and what came of it, is kept in the
 * reader's database ({@link GroupFolderStore}), so nothing is offered twice.
 *
 * <p>Threads: any but the FX thread (everything here reads or writes files and the database); one call at a
 * time per instance and per database. Errors of one file are in its {@link SeenFile}; the methods throw only
 * when the reader's own database cannot be used.
 */
public final class GroupFolder {
    /** Setting: the group folder's path. */
    public static final String FOLDER_SETTING = "group.folder";
    /** Setting: the group's name, as the reader gave it. */
    public static final String GROUP_SETTING = "group.name";
    /** Setting: "true" to merge files of people accepted once without asking. */
    public static final String MERGE_ACCEPTED_SETTING = "group.merge-accepted";

    private final Path folder;
    private final Path staging;

    /**
     * @param folder  the group folder
     * @param staging a folder of the reader's own (in the data folder) where its file is made before it is
     *                copied into the group folder; made when needed
     */
    public GroupFolder(Path folder, Path staging) {
        this.folder = folder.toAbsolutePath().normalize();
        this.staging = Objects.requireNonNull(staging);
    }

    /** The group folder, absolute. Any thread. */
    public Path folder() {
        return folder;
    }

    /**
     * A file of someone else's that brings something new: what merging it would do, ready to be merged.
     *
     * @param seen      the version looked at
     * @param preview   what merging it would do (read and checked)
     * @param alongside it is a conflict copy: merged as a second version
     */
    public record Arrival(SeenFile seen, NoteSharing.Preview preview, boolean alongside) {
        /** The file's name in the folder. Any thread. */
        public String fileName() {
            return seen.name();
        }

        /** Whose file it is, by the name it gives them (else its file name's). Any thread. */
        public String person() {
            return seen.person().isEmpty() ? seen.name() : seen.person();
        }

        /** "Ben updated their notes (4 new, 1 updated)". Any thread. */
        public String describe() {
            String who = seen.person().isEmpty() ? seen.name() : seen.person();
            return who + (alongside ? " has a second version of their notes (" : " updated their notes (")
                    + shortSummary(preview.plan().summary()) + ")";
        }
    }

    /**
     * One look at the folder.
     *
     * @param reachable false when the folder is not there or cannot be read (a stick unplugged, a share
     *                  offline): nothing was read or changed, and the next look tries again
     * @param problem   why it is not reachable, for the reader; null when it is
     * @param arrivals  files that bring something new, main files before conflict copies
     * @param files     every notes file in the folder as now known (the reader's own left out), by name
     * @param arriving  names of files still arriving (temporary names), left for later
     * @param handouts  facilitator's digests new or changed since the last look ({@link GroupHandout})
     */
    public record Scan(boolean reachable, Reason problem, List<Arrival> arrivals, List<SeenFile> files,
                       List<String> arriving, List<GroupHandout> handouts) {
        public Scan {
            arrivals = List.copyOf(arrivals);
            files = List.copyOf(files);
            arriving = List.copyOf(arriving);
            handouts = List.copyOf(handouts);
        }
    }

    /**
     * Looks at every file in the folder and reads those that are new or changed since they were last looked
     * at (by size and time, then by their bytes' hash). Records what came of each; merges nothing.
     *
     * @param db      the reader's database (its own connection for this work)
     * @param sharing      sharing on that same database, with the open handbook's chapters
     * @param offerWaiting offer again the files offered before and not merged yet (the first look of a
     *                     session, the command line); else only what is new or changed is read
     * @throws StoreException when the reader's database cannot be read or written
     */
    public Scan scan(Database db, NoteSharing sharing, boolean offerWaiting) throws StoreException {
        if (!Files.isDirectory(folder)) {
            return unreachable(Reason.of(ShareReason.GROUP_NOT_THERE, folder));
        }
        String me = db.settings().readerId();
        GroupFolderStore store = db.groupFolder();
        Map<String, SeenFile> seen = store.seen(folder.toString());
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            dir.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            return unreachable(Reason.of(ShareReason.GROUP_UNREADABLE, folder, String.valueOf(e.getMessage())));
        }
        entries.sort(Comparator.comparing((Path p) -> GroupFileNames.classify(name(p)).kind()
                == GroupFileNames.Kind.CONFLICT_COPY).thenComparing(GroupFolder::name));
        List<Arrival> arrivals = new ArrayList<>();
        List<SeenFile> files = new ArrayList<>();
        List<String> arriving = new ArrayList<>();
        List<GroupHandout> handouts = new ArrayList<>();
        for (Path p : entries) {
            String name = name(p);
            GroupFileNames.Name kind = GroupFileNames.classify(name);
            if (kind.kind() == GroupFileNames.Kind.ARRIVING) {
                arriving.add(name);
                continue;
            }
            if (kind.kind() == GroupFileNames.Kind.HANDOUT) {
                GroupHandout.lookAt(p, folder.toString(), seen.get(name), store, db.now()).ifPresent(handouts::add);
                continue;
            }
            if (kind.kind() != GroupFileNames.Kind.NOTES && kind.kind() != GroupFileNames.Kind.CONFLICT_COPY) {
                continue;
            }
            Optional<String> owner = GroupFileNames.authorIdOf(kind.original());
            if (kind.kind() == GroupFileNames.Kind.NOTES && owner.filter(me::equals).isPresent()) {
                continue; // the reader's own file, as this reader wrote it
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // gone between the listing and now: a deleted file changes nothing
            }
            if (!attrs.isRegularFile()) {
                continue;
            }
            Instant modified = attrs.lastModifiedTime().toInstant();
            SeenFile before = seen.get(name);
            if (before != null && before.size() == attrs.size() && before.modified().equals(modified)
                    && !(offerWaiting && before.state() == State.WAITING)) {
                files.add(before);
                continue;
            }
            Optional<String> hash = sha256(p);
            if (hash.isEmpty()) {
                continue; // could not be read just now (being replaced): looked at again next time
            }
            if (before != null && before.sha256().equals(hash.get()) && before.state() != State.INCOMPLETE
                    && !(offerWaiting && before.state() == State.WAITING)) {
                SeenFile same = new SeenFile(before.folder(), name, attrs.size(), modified, before.sha256(),
                        before.state(), before.authorId(), before.person(), before.writtenAt(), before.seenAt(),
                        before.summary());
                store.record(same);
                files.add(same);
                continue;
            }
            boolean alongside = kind.kind() == GroupFileNames.Kind.CONFLICT_COPY;
            SeenFile looked;
            try {
                NoteSharing.Preview preview = alongside ? sharing.previewAlongside(p) : sharing.preview(p);
                String author = owner.orElse(onlyAuthor(preview).orElse(""));
                String person = Optional.ofNullable(preview.contents().people().get(author))
                        .map(AuthorStore.Person::name).filter(n -> !n.isBlank()).orElse(nameOf(kind.original()));
                ShareStore.Plan plan = preview.plan(); // notes and votes: a vote alone is news too (issue 15)
                looked = new SeenFile(folder.toString(), name, attrs.size(), modified, hash.get(),
                        plan.changesNothing() ? State.NOTHING_NEW : State.WAITING, author, person,
                        preview.contents().writtenAt(), db.now(), plan.summary());
                if (!plan.changesNothing()) {
                    arrivals.add(new Arrival(looked, preview, alongside));
                }
            } catch (ShareException e) {
                // A file still being copied fails the same checks as a damaged one: it is "not complete yet",
                // never an alarm, and is read again when it changes.
                looked = new SeenFile(folder.toString(), name, attrs.size(), modified, hash.get(), State.INCOMPLETE,
                        owner.orElse(""), nameOf(kind.original()), Optional.empty(), db.now(),
                        "not complete yet: " + e.getMessage());
            }
            store.record(looked);
            files.add(looked);
        }
        return new Scan(true, null, arrivals, files, arriving, handouts);
    }

    /**
     * Merges an arrival (what {@link #scan} offered) as one undoable import, and remembers the version as
     * merged. {@code byHand}: the reader chose to; their person is then accepted (the setting may merge their
     * next files without asking).
     *
     * @throws ShareException when it cannot be saved (nothing was)
     * @throws StoreException when what was merged cannot be remembered (the notes are merged)
     */
    public ShareStore.Applied merge(Database db, NoteSharing sharing, Arrival arrival, boolean byHand)
            throws ShareException, StoreException {
        return mergeAll(db, sharing, List.of(arrival), byHand).get(0);
    }

    /**
     * Merges these arrivals in one transaction, as one undoable import (Undo takes back everything the notice
     * named), each planned against what the ones before it wrote, and remembers their versions as merged, in one
     * more. {@code byHand}: the reader chose to; their people are then accepted. One transaction rather than one
     * per file: 30 files of 500 notes were 30 writes of the whole batch to disk (issue 16's figure).
     *
     * @return each arrival's import, in order
     * @throws ShareException when it cannot be saved (nothing was)
     * @throws StoreException when what was merged cannot be remembered (the notes are merged)
     */
    public List<ShareStore.Applied> mergeAll(Database db, NoteSharing sharing, List<Arrival> arrivals, boolean byHand)
            throws ShareException, StoreException {
        if (arrivals.isEmpty()) {
            return List.of();
        }
        List<NoteSharing.Together> files = new ArrayList<>();
        arrivals.forEach(a -> files.add(new NoteSharing.Together(a.preview(), a.alongside())));
        List<ShareStore.Applied> applied = sharing.applyTogether(files, arrivals.size() == 1 ? arrivals.get(0).fileName()
                : "group folder (" + arrivals.size() + " files)");
        List<SeenFile> merged = new ArrayList<>();
        Map<String, String> accepted = new java.util.LinkedHashMap<>();
        for (int k = 0; k < arrivals.size(); k++) {
            Arrival a = arrivals.get(k);
            merged.add(a.seen().with(State.MERGED, applied.get(k).plan().summary()));
            if (byHand && !a.seen().authorId().isEmpty()) {
                accepted.putIfAbsent(a.seen().authorId(), a.seen().person());
            }
        }
        db.groupFolder().merged(merged, accepted);
        return applied;
    }

    /** Whether the reader merged a file of this arrival's person by hand before. */
    public boolean accepted(Database db, Arrival arrival) throws StoreException {
        return !arrival.seen().authorId().isEmpty() && db.groupFolder().accepted(arrival.seen().authorId());
    }

    /**
     * Writes the reader's own notes on the open handbook (tombstones included) into the folder as
     * {@link GroupFileNames#own}: made in the staging folder, copied into the group folder under a temporary
     * name that sync tools skip, synced, then moved into place atomically, so that no tool ever sees half of
     * it. A file of the reader's under an earlier name (they renamed themselves) is then removed: it is their
     * own. Writes nothing else.
     *
     * @return the file written
     * @throws ShareException when the folder is not reachable or the file cannot be written (the message says
     *                        why; the file in the folder is then as it was)
     * @throws StoreException when the reader's id cannot be read
     */
    public Path writeOwn(Database db, NoteSharing sharing) throws ShareException, StoreException {
        return OwnFile.write(folder, staging, db, sharing);
    }

    /** What the reader's notes on this handbook are now, in one line: it changes with every note they make, edit or delete. */
    public static String ownFingerprint(Database db, String bookIdentity) throws StoreException {
        Optional<String> anon = db.conversation().anonymousId();
        return db.annotations().fingerprintOf(db.settings().readerId(), bookIdentity)
                + (anon.isEmpty() ? "" : "|" + db.annotations().fingerprintOf(anon.get(), bookIdentity))
                + "|" + db.settings().get(org.peeragogy.reader.store.SettingsStore.READER_NAME).orElse("");
    }

    private static Scan unreachable(Reason why) {
        return new Scan(false, why, List.of(), List.of(), List.of(), List.of());
    }

    /** The one author of a file's live notes and tombstones, when there is exactly one. */
    private static Optional<String> onlyAuthor(NoteSharing.Preview preview) {
        Set<String> ids = new java.util.HashSet<>();
        preview.contents().notes().forEach(n -> ids.add(n.annotation().authorId()));
        return ids.size() == 1 ? ids.stream().findFirst() : Optional.empty();
    }

    /** "Ben" of "Ben_3f2a….peeranotes", for a file whose people do not name its owner. */
    private static String nameOf(String original) {
        String stem = original.substring(0, original.length() - GroupFileNames.EXTENSION.length());
        int u = stem.lastIndexOf('_');
        return (u > 0 && GroupFileNames.authorIdOf(original).isPresent() ? stem.substring(0, u) : stem)
                .replace('-', ' ');
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString();
    }

    /** The file's SHA-256 in lower-case hex; empty when it cannot be read just now. */
    static Optional<String> sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** "3 new, 1 updated" of "3 new, 1 updated, 0 deleted, …": the counts that are not 0. Any thread. */
    public static String shortSummary(String summary) {
        String kept = String.join(", ", java.util.Arrays.stream(summary.split(",\\s*")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("0 ") && !s.endsWith(" unchanged")).toList());
        return kept.isEmpty() ? "nothing new" : kept;
    }
}
