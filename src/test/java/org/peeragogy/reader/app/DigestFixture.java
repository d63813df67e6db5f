package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;

/**
 * A workshop for the digest tests (issue 15): Ana, Bo and a second Ana as participants and Fay as the facilitator,
 * each a data folder of their own, passing notes files as {@link WorkshopConversationTest} does. Times come from a
 * stepping clock so the digest is the same at every run. What Fay ends up with:
 * <ul>
 *   <li>chapter "wiki": one passage highlighted by all three, another by the second Ana; Ana's question answered by
 *       Bo's reply (the second Ana replied too); Bo's open question with two votes and Ana's reply; the second Ana's
 *       open question with Bo's vote; tags;</li>
 *   <li>chapter "foreword": a reply of Bo's to a question of the second Ana's that Fay never received (a
 *       placeholder naming Bo);</li>
 *   <li>Ana's note on a chapter this edition does not have, and a highlight of hers whose text is not in it.</li>
 * </ul>
 */
final class DigestFixture implements AutoCloseable {
    static final String CHAPTER = "wiki";
    /** The digest's words in English, which the golden files and assertions read. */
    static final org.peeragogy.reader.digest.DigestWords ENGLISH =
            org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH).digestWords();
    final String book = ShareFixture.HANDBOOK.book().identity();
    final Database fay;
    final Database ana;
    final Database bo;
    final Database ana2;
    /** Every open question's text, as asked. */
    final List<String> openQuestions = List.of("Shall we meet weekly, before the next chapter?",
            "Which pattern helps most when a group stalls?");
    private final Path tmp;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));
    private int files;

    DigestFixture(Path tmp) throws Exception {
        this.tmp = tmp;
        ana = open("ana", "Ana Lima");
        bo = open("bo", "Bo Chen");
        ana2 = open("other-ana", "Ana Lima");
        fay = open("facilitator", "Fay");
        build();
    }

    private Database open(String folder, String name) throws Exception {
        Database db = Database.open(tmp.resolve(folder));
        db.useClock(clock);
        // Ids of their own, the same at each run: the two Anas are shown with their starts (decision 0101).
        db.settings().put(org.peeragogy.reader.store.SettingsStore.READER_ID, "urn:uuid:" + switch (folder) {
            case "ana" -> "0835edf4";
            case "other-ana" -> "6ff2ef44";
            case "bo" -> "b0c4e000";
            default -> "fa7f0000";
        } + "-0000-4000-8000-000000000001");
        db.settings().put(org.peeragogy.reader.ui.NotesViewModel.AUTHOR_KEY, name);
        return db;
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(1));
    }

    private void build() throws Exception {
        ShareFixture.highlight(ana, CHAPTER, 0, "Ana Lima", Annotation.Colour.YELLOW, "Key idea", "core");
        tick();
        ShareFixture.highlight(bo, CHAPTER, 0, "Bo Chen", Annotation.Colour.GREEN, "", "core");
        tick();
        ShareFixture.highlight(ana2, CHAPTER, 0, "Ana Lima", Annotation.Colour.BLUE, "Agreed", "core", "tools");
        tick();
        ShareFixture.highlight(ana2, CHAPTER, 3, "Ana Lima", Annotation.Colour.PINK, "");
        tick();
        Annotation defined = ask(ana, CHAPTER, "Ana Lima", "What is a peeragogue?", "definitions");
        tick();
        Annotation weekly = ask(bo, CHAPTER, "Bo Chen", openQuestions.get(0));
        tick();
        Annotation stalls = ask(ana2, CHAPTER, "Ana Lima", openQuestions.get(1));
        tick();
        Annotation unseen = ask(ana2, "foreword", "Ana Lima", "Where do we meet?");
        tick();
        // Everyone reads everyone's first file.
        Path anaFirst = exportOwn(ana);
        Path boFirst = exportOwn(bo);
        Path ana2First = exportOwn(ana2);
        importInto(ana, boFirst);
        importInto(ana, ana2First);
        importInto(bo, anaFirst);
        importInto(bo, ana2First);
        importInto(ana2, anaFirst);
        importInto(ana2, boFirst);
        tick();
        Annotation answer = bo.conversation().reply(defined.id(), "Someone who learns with peers", "Bo Chen");
        tick();
        ana2.conversation().reply(defined.id(), "A learner and a teacher at once", "Ana Lima");
        tick();
        ana.conversation().reply(weekly.id(), "Yes, on Mondays", "Ana Lima");
        tick();
        bo.conversation().reply(unseen.id(), "In the library", "Bo Chen");
        tick();
        ana.conversation().vote(weekly.id(), true, "Ana Lima");
        tick();
        ana2.conversation().vote(weekly.id(), true, "Ana Lima");
        tick();
        bo.conversation().vote(stalls.id(), true, "Bo Chen");
        bo.conversation().vote(defined.id(), true, "Bo Chen");
        tick();
        importInto(ana, exportOwn(bo));
        tick();
        ana.conversation().markAnswered(defined.id(), answer.id());
        tick();
        ShareFixture.chapterNote(ana, "old-chapter", "Ana Lima", "On a chapter of the second edition");
        tick(); // notes of the same minute are ordered by their random ids: each gets its own
        ana.annotations().create(new AnnotationStore.Draft(book, CHAPTER, Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.YELLOW, "This passage moved", List.of(), "Ana Lima",
                Optional.of(new TextAnchor(new TextQuoteSelector("A sentence no edition of the handbook has",
                        "", ""), new TextPositionSelector(5, 46), "", "")), null));
        tick();
        // The facilitator gathers the last file of each; the second Ana shares only her notes on the wiki chapter,
        // so her question on the foreword never reaches Fay, and Bo's reply to it waits under a placeholder.
        importInto(fay, exportOwn(ana));
        importInto(fay, exportOwn(bo));
        importInto(fay, exportOwnIn(ana2, CHAPTER));
        tick();
    }

    private Annotation ask(Database db, String chapter, String name, String text, String... tags) throws Exception {
        return db.conversation().ask(new AnnotationStore.Draft(book, chapter, Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, text, List.of(tags), name, Optional.empty()));
    }

    private Path exportOwn(Database db) throws Exception {
        Path f = tmp.resolve("file" + ++files + ".peeranotes");
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, f,
                new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(db.settings().readerId())));
        return f;
    }

    /** The reader's own notes on one chapter. */
    private Path exportOwnIn(Database db, String chapter) throws Exception {
        Path f = tmp.resolve("file" + ++files + ".peeranotes");
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, f,
                new ExportFilter(Set.of(chapter), Set.of(), Set.of(), Set.of(db.settings().readerId())));
        return f;
    }

    private static void importInto(Database db, Path f) throws Exception {
        NoteSharing s = ShareFixture.sharing(db);
        s.apply(s.preview(f));
    }

    @Override
    public void close() throws Exception {
        for (Database db : List.of(fay, ana, bo, ana2)) {
            db.close();
        }
    }
}
