package org.peeragogy.reader.app;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.DigestBuilder;
import org.peeragogy.reader.digest.DigestHtml;
import org.peeragogy.reader.digest.DigestMarkdown;
import org.peeragogy.reader.digest.DigestPdf;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.store.Conversation;

/**
 * The facilitator's digest of a big workshop (issue 15's figures; printed, never asserted): 30 participants × 500
 * notes (15,000: 12,000 highlights over the whole book, 3,000 replies, 600 questions) and 2,000 votes, placed in the
 * real handbook's text. Targets: the digest of the whole book in at most 3 s as Markdown or HTML (count and sort
 * included), at most 10 s as PDF. The notes are made in memory (the store's reads are measured by ShareBenchmark);
 * placement is the real anchoring ({@link HandbookChapters}). Each figure is the median of three runs after one
 * warm-up. Run with the bench profile ({@code xvfb-run -a mvn -Pbench verify}) or alone:
 * {@code mvn -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.peeragogy.reader.app.DigestBenchmark"}
 */
public final class DigestBenchmark {
    private static final int PEOPLE = 30;
    private static final int PER_PERSON = 500;

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String book = ShareFixture.HANDBOOK.book().identity();
        List<Chapter> chapters = new ArrayList<>();
        Map<String, ChapterText> texts = new HashMap<>();
        for (Chapter c : ShareFixture.HANDBOOK.book().chapters()) {
            ChapterText text = ChapterText.of(ShareFixture.HANDBOOK.render(c.id()).html());
            if (text.length() > 200) { // a chapter of a title only has no passage to mark
                texts.put(c.id(), text);
                chapters.add(c);
            }
        }
        List<Annotation> notes = new ArrayList<>();
        Map<String, NoteLink> links = new HashMap<>();
        List<Vote> votes = new ArrayList<>();
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        List<String> questions = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            String id = "urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", p);
            for (int i = 0; i < PER_PERSON; i++) {
                t = t.plusMillis(1000);
                String noteId = "n-" + p + "-" + i;
                int n = p * PER_PERSON + i;
                if (i % 5 == 4 && !questions.isEmpty()) {
                    // A reply: every fifth note (3,000), to a question asked earlier.
                    String parent = questions.get(n % questions.size());
                    Annotation q = notes.stream().filter(a -> a.id().equals(parent)).findFirst().orElseThrow();
                    notes.add(new Annotation(noteId, book, q.chapterId(), Annotation.Kind.CHAPTER_NOTE,
                            Annotation.Colour.BLUE, "reply " + n, List.of(), "Person " + p, id, t, t, Optional.empty(),
                            Optional.empty()));
                    links.put(noteId, NoteLink.reply(noteId, parent));
                    continue;
                }
                Chapter c = chapters.get(n % chapters.size());
                ChapterText text = texts.get(c.id());
                int start = (n * 131) % Math.max(1, text.length() - 80);
                notes.add(new Annotation(noteId, book, c.id(), Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW,
                        "note " + n + " on peer learning", List.of("tag" + (n % 12)), "Person " + p, id, t, t,
                        Optional.of(Anchoring.describe(text, start, start + 40)), Optional.empty()));
                if (i % 25 == 0) {
                    links.put(noteId, NoteLink.question(noteId));
                    questions.add(noteId);
                }
            }
        }
        for (int v = 0; v < 2_000; v++) {
            String voter = "urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", v % PEOPLE);
            votes.add(new Vote(questions.get((v * 7) % questions.size()), book, voter, "Person " + (v % PEOPLE), 1,
                    t.plusMillis(v)));
        }
        Conversation talk = new Conversation(links, votes);
        HandbookChapters place = new HandbookChapters(ShareFixture.HANDBOOK);
        System.out.printf("# digest of %d notes (%d replies, %d questions, %d votes) over %d chapters%n",
                notes.size(), links.values().stream().filter(l -> l.parentId().isPresent()).count(), questions.size(),
                votes.size(), chapters.size());
        for (String what : List.of("build (count, sort, place)", "Markdown", "HTML", "PDF")) {
            List<Long> ms = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                long t0 = System.nanoTime();
                Digest d = DigestBuilder.build(ShareFixture.HANDBOOK.book(), "bench", notes, talk, place::place, 30,
                        Set.of(), Names.SHOW, DigestFixture.ENGLISH, t);
                int size = switch (what) {
                    case "Markdown" -> DigestMarkdown.write(d).length();
                    case "HTML" -> DigestHtml.write(d).length();
                    case "PDF" -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        DigestPdf.write(d, out);
                        yield out.size();
                    }
                    default -> d.chapters().size();
                };
                if (r > 0) {
                    ms.add((System.nanoTime() - t0) / 1_000_000);
                }
                if (r == 3) {
                    System.out.printf("digest %-28s median %d ms (runs %s), %d %s%s%n", what, median(ms), ms, size,
                            what.startsWith("build") ? "chapters" : what.equals("PDF") ? "bytes" : "characters",
                            what.equals("PDF") ? ", target <= 10000 ms" : what.startsWith("build") ? ""
                                    : ", target <= 3000 ms");
                }
            }
        }
    }

    private static long median(List<Long> ms) {
        List<Long> sorted = ms.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
