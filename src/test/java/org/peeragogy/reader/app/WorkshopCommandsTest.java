package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * {@code ask}, {@code reply}, {@code vote} and {@code answered} on the command line (issue 15), and
 * {@code notes --json} showing what they made, over the fixture handbook and a real data folder.
 */
class WorkshopCommandsTest {
    @TempDir
    Path dataDir;
    /** Where exports and digests go: never inside the data folder in use (decision 0060, amended for t15b's M1). */
    @TempDir
    Path elsewhere;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int files;

    /**
     * A question of Bo's, asked in a data folder of his own and imported here as his notes file: a +1 goes only on
     * someone else's note (decision 0080). Returns its id.
     */
    private String bosQuestion(String text) throws Exception {
        Path bo = elsewhere.resolve("bo-data");
        Path file = elsewhere.resolve("bo-" + ++files + ".peeranotes");
        assertEquals(0, runIn(bo, "name", "Bo"), err());
        assertEquals(0, runIn(bo, "ask", "gardens", "--note", text), err());
        String id = out().strip();
        assertEquals(0, runIn(bo, "export", "--format", "notes", "--out", file.toString()), err());
        assertEquals(0, run("import", file.toString()), err());
        return id;
    }

    private int run(String... rest) throws Options.UsageException {
        return runIn(dataDir, rest);
    }

    private int runIn(Path data, String... rest) throws Options.UsageException {
        out.reset();
        err.reset();
        String[] all = new String[rest.length + 4];
        all[0] = "--handbook";
        all[1] = TestHandbooks.fixture().toString();
        all[2] = "--data-dir";
        all[3] = data.toString();
        System.arraycopy(rest, 0, all, 4, rest.length);
        return Main.runCommand(Options.parse(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * Tester's F18: {@code digest} writes in the language the window of this data folder speaks (the setting View →
     * Interface language saves), or in the one {@code --interface-language} names; an unknown one is a usage error
     * that writes nothing. What the command prints stays English, as the command line's output does.
     */
    @Test
    void theDigestIsWrittenInTheWindowsLanguageOrTheOneAskedFor() throws Exception {
        assertEquals(0, run("ask", "gardens", "--quote", "how deep to sow beans", "--note", "Who decides?"), err());
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir)) {
            db.settings().put(org.peeragogy.reader.ui.InterfaceLanguageViewModel.KEY, "it");
        }
        Path it = elsewhere.resolve("it.md");
        assertEquals(0, run("digest", "--format", "markdown", "--out", it.toString()), err());
        assertTrue(out().startsWith("Wrote the digest (1 chapter, 1 person, 1 open question)"), out());
        String italian = java.nio.file.Files.readString(it);
        assertTrue(italian.contains("\n### Domande aperte\n"), italian);
        Path pt = elsewhere.resolve("pt.html");
        assertEquals(0, run("digest", "--format", "html", "--interface-language", "pt", "--out", pt.toString()),
                err());
        String portuguese = java.nio.file.Files.readString(pt);
        assertTrue(portuguese.contains("<h3>Perguntas abertas</h3>") && portuguese.contains("lang=\"pt\""),
                portuguese);
        Path none = elsewhere.resolve("none.md");
        assertEquals(2, run("digest", "--format", "markdown", "--interface-language", "xx", "--out", none.toString()));
        assertTrue(err().contains("Unknown --interface-language 'xx': use en, es, it, pt"), err());
        assertTrue(java.nio.file.Files.notExists(none));
    }

    /** Tester's F21: the command line can ask anonymously too, as the window's Ask dialog can. */
    @Test
    void askAnonymouslyShowsTheQuestionAsAnonymous() throws Exception {
        allowAnonymous();
        assertEquals(0, run("ask", "gardens", "--note", "Is this silly?", "--anonymous"), err());
        String q = out().strip();
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir)) {
            org.peeragogy.reader.book.Annotation a = db.annotations().find(q).orElseThrow();
            assertEquals("Anonymous", a.author());
            assertEquals(db.conversation().anonymousId().orElseThrow(), a.authorId(),
                    "under the reader's anonymous id, so it stays theirs to edit and mark answered");
        }
    }

    @Test
    void askReplyVoteAndAnsweredShowInNotesJson() throws Exception {
        assertEquals(0, run("ask", "gardens", "--quote", "how deep to sow beans", "--note", "Who decides?"), err());
        String q = out().strip();
        assertTrue(q.matches("[0-9a-f-]{36}"), q);
        assertEquals(0, run("reply", q, "--note", "The group does"), err());
        String r = out().strip();
        String b1 = bosQuestion("Who sows?");
        String b2 = bosQuestion("Who waters?");
        assertEquals(0, run("vote", b1), err());
        assertEquals("Voted +1 on " + b1, out().strip());
        assertEquals(0, run("vote", b2), err());
        assertEquals(0, run("vote", b2, "--withdraw"), err());
        assertEquals("Withdrew your vote on " + b2, out().strip());
        assertEquals(0, run("answered", q, r), err());

        assertEquals(0, run("notes", "--json"));
        String json = out();
        assertTrue(json.contains("\"exact\": \"how deep to sow beans\""), "the question is on its passage: " + json);
        assertTrue(json.contains("\"question\": true"), json);
        assertTrue(json.contains("\"answeredBy\": \"" + r + "\""), json);
        assertTrue(json.contains("\"parent\": \"" + q + "\""), json);
        assertTrue(json.contains("\"votes\": 1"), json);
        assertEquals(1, json.split("\"votes\"", -1).length - 1, "the withdrawn vote does not count: " + json);

        // Voting again after withdrawing gives it again.
        assertEquals(0, run("vote", b2));
        assertEquals(0, run("notes", "--json"));
        assertEquals(2, out().split("\"votes\": 1", -1).length - 1, out());
    }

    /**
     * try17w F10: {@code highlight --note} took 120,000 characters that every other reader then skipped from the
     * group file, unsaid to its writer. Every command that takes {@code --note} refuses a note over the one limit
     * ({@code Annotation.MAX_NOTE}) with the window's own words, and saves nothing; a note at the limit is taken.
     */
    @Test
    void everyCommandWithANoteRefusesOneOverTheLimitInTheWindowsWords() throws Exception {
        String over = "w".repeat(org.peeragogy.reader.book.Annotation.MAX_NOTE + 1);
        String said = "A note can be up to 100,000 characters long; this one has 100,001. Shorten it to save it.";
        assertEquals(said, org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH)
                .reason(org.peeragogy.reader.store.StoreReason.noteTooLong(over.length())), "the window's words");
        assertEquals(0, run("ask", "gardens", "--note", "Who decides?"), err());
        String q = out().strip();
        assertEquals(1, run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", over));
        assertEquals(said, err().strip());
        assertEquals(1, run("ask", "gardens", "--quote", "how deep to sow beans", "--note", over));
        assertEquals(said, err().strip());
        assertEquals(1, run("reply", q, "--note", over));
        assertEquals(said, err().strip());
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir)) {
            assertEquals(1, db.annotations().everything().size(), "only the first question was saved");
        }
        String at = over.substring(1);
        assertEquals(0, run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", at), err());
        assertEquals(0, run("reply", q, "--note", at), err());
    }

    @Test
    void aNoteThatIsNotThereOrNotAQuestionIsAPlainErrorAndChangesNothing() throws Exception {
        assertEquals(1, run("reply", "00000000-0000-4000-8000-000000000000", "--note", "hello"));
        assertTrue(err().startsWith("There is no note 00000000-0000-4000-8000-000000000000 to reply to"), err());
        assertEquals(1, run("vote", "nope"));
        assertTrue(err().startsWith("There is no note nope to vote on"), err());
        assertEquals(0, run("highlight", "gardens", "--quote", "how deep to sow beans"));
        String plain = out().strip();
        assertEquals(0, run("reply", plain, "--note", "a reply"));
        String reply = out().strip();
        assertEquals(1, run("answered", plain, reply));
        assertTrue(err().contains("is not a question"), err());
        assertEquals(1, run("ask", "gardens", "--quote", "the", "--note", "which?"));
        assertTrue(err().contains("times"), err());
        assertEquals(0, run("notes"));
        assertEquals(2, out().strip().split("\n").length, "nothing but the highlight and its reply: " + out());
    }

    /**
     * Tester's F23: plain {@code notes} says what each note is in a conversation, whom it replies to and its votes (its
     * last three columns), so a thread can be followed without {@code --json}.
     */
    @Test
    void plainNotesSaysQuestionsRepliesParentsAndVotes() throws Exception {
        assertEquals(0, run("ask", "gardens", "--note", "Who decides?"), err());
        String q = out().strip();
        assertEquals(0, run("reply", q, "--note", "The group does"), err());
        String r = out().strip();
        String b = bosQuestion("Who waters?");
        assertEquals(0, run("vote", b), err());
        assertEquals(0, run("notes"));
        java.util.Map<String, String[]> rows = new java.util.HashMap<>();
        out().lines().forEach(l -> rows.put(l.split("\t")[0], l.split("\t", -1)));
        assertEquals(java.util.List.of("question open", "", "1"), java.util.Arrays.asList(rows.get(b)).subList(9, 12));
        assertEquals(java.util.List.of("question open", "", "0"), java.util.Arrays.asList(rows.get(q)).subList(9, 12));
        assertEquals(java.util.List.of("reply", q, "0"), java.util.Arrays.asList(rows.get(r)).subList(9, 12));
        assertEquals(0, run("answered", q, r), err());
        assertEquals(0, run("notes"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith(q) && l.endsWith("\tquestion answered\t\t0")), out());
    }

    /**
     * Tester's N1 on the command line: a question whose link names as its answer a note outside its thread (a file
     * forged it: another question's reply, or the question itself) is open in {@code notes} and {@code notes --json},
     * as the notes panel, the Group view and the digest say ({@code book.Threads}); a reply in its thread answers it.
     */
    @Test
    void notesSaysAQuestionAnsweredOnlyByAReplyInItsOwnThread() throws Exception {
        assertEquals(0, run("ask", "gardens", "--note", "Who decides?"), err());
        String q = out().strip();
        assertEquals(0, run("ask", "gardens", "--note", "When do we water?"), err());
        String other = out().strip();
        assertEquals(0, run("reply", other, "--note", "Mondays"), err());
        String elsewhere = out().strip();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + dataDir.resolve(org.peeragogy.reader.store.Database.FILE_NAME));
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "UPDATE note_link SET answered_by = ? WHERE annotation_id = ?")) {
            ps.setString(1, elsewhere); // as a forged file leaves it: answered by a reply of another thread
            ps.setString(2, q);
            assertEquals(1, ps.executeUpdate());
            ps.setString(1, other); // and a question "answered" by itself
            ps.setString(2, other);
            assertEquals(1, ps.executeUpdate());
        }
        assertEquals(0, run("notes"), err());
        assertTrue(out().lines().anyMatch(l -> l.startsWith(q) && l.contains("\tquestion open\t")), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith(other) && l.contains("\tquestion open\t")), out());
        assertEquals(0, run("notes", "--json"), err());
        assertTrue(!out().contains("\"answeredBy\""), out());

        assertEquals(0, run("reply", q, "--note", "The group does"), err());
        String r = out().strip();
        assertEquals(0, run("answered", q, r), err());
        assertEquals(0, run("notes", "--json"), err());
        assertTrue(out().contains("\"answeredBy\": \"" + r + "\""), out());
    }

    /**
     * Tester's F2: the README's hand-in ({@code export --author ME}) takes the reader's anonymous questions too,
     * still under "Anonymous" and the anonymous id (the file does not put the reader's name on them), and says so.
     */
    @Test
    void exportByTheReadersOwnNameTakesTheirAnonymousQuestionsStillAnonymous() throws Exception {
        String anonId;
        String me;
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir);
             org.peeragogy.reader.book.Handbook h = org.peeragogy.reader.content.Handbooks.open(TestHandbooks.fixture())) {
            db.settings().putReaderName("Ana");
            db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
            me = db.settings().readerId();
            db.conversation().ask(new org.peeragogy.reader.store.AnnotationStore.Draft(h.book().identity(), "gardens",
                    org.peeragogy.reader.book.Annotation.Kind.CHAPTER_NOTE,
                    org.peeragogy.reader.book.Annotation.Colour.YELLOW, "Who keeps the rota?", java.util.List.of(),
                    "Ana", java.util.Optional.empty()), true);
            anonId = db.conversation().anonymousId().orElseThrow();
        }
        assertEquals(0, run("ask", "gardens", "--quote", "how deep to sow beans", "--note", "Who decides?"), err());
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-ana.peeranotes");
        assertEquals(0, run("export", "--format", "notes", "--author", "Ana", "--out", file.toString()), err());
        assertTrue(out().startsWith("Exported 2 notes"), out());
        assertTrue(out().contains("Included 1 anonymous question of yours"), out());

        // What the collector gets: both questions, the anonymous one still "Anonymous" under its own id.
        Path fac = dataDir.resolveSibling(dataDir.getFileName() + "-fac");
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(fac);
             org.peeragogy.reader.book.Handbook h = org.peeragogy.reader.content.Handbooks.open(TestHandbooks.fixture())) {
            org.peeragogy.reader.share.NoteSharing s = new org.peeragogy.reader.share.NoteSharing(db,
                    new HandbookChapters(h), "test");
            s.apply(s.preview(file));
            java.util.List<org.peeragogy.reader.book.Annotation> got = db.annotations().book(h.book().identity());
            org.peeragogy.reader.book.Annotation anon = got.stream()
                    .filter(a -> a.note().equals("Who keeps the rota?")).findFirst().orElseThrow();
            assertEquals("Anonymous", anon.author());
            assertEquals(anonId, anon.authorId());
            assertTrue(got.stream().anyMatch(a -> a.note().equals("Who decides?") && a.authorId().equals(me)), got.toString());
        }

        // Another person's name does not take the reader's anonymous questions: a name that fits no one is refused,
        // and nothing is written (t35's F6).
        assertEquals(1, run("export", "--format", "notes", "--author", "Bo", "--out", file + "2"));
        assertTrue(err().startsWith("--author Bo fits no one who wrote or voted on notes for this handbook"), err());
        assertTrue(!java.nio.file.Files.exists(Path.of(file + "2")));
    }

    /**
     * Tester's F24: a participant who only voted read "Exported 0 notes" as "nothing to hand in", though the file
     * carries the vote; the export now counts the votes it carries beside the notes.
     */
    @Test
    void anExportSaysHowManyVotesItCarries() throws Exception {
        assertEquals(0, run("ask", "gardens", "--note", "Who decides?"), err());
        String q = out().strip();
        assertEquals(0, run("vote", bosQuestion("Who waters?")), err());
        Path file = elsewhere.resolve("votes.peeranotes");
        String me;
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir)) {
            me = db.annotations().find(q).orElseThrow().author();
        }
        assertEquals(0, run("export", "--format", "notes", "--author", me, "--out", file.toString()), err());
        assertTrue(out().startsWith("Exported 1 note and 1 vote to "), out());
    }

    /**
     * Tester's F29: the Markdown export listed questions and replies as plain chapter notes; each note in a
     * conversation now says so: a question open or answered, whom a reply answers, its votes.
     */
    @Test
    void theMarkdownExportKeepsTheConversation() throws Exception {
        String q = bosQuestion("Who decides?");
        assertEquals(0, run("reply", q, "--note", "The group does"), err());
        assertEquals(0, run("vote", q), err());
        Path md = elsewhere.resolve("notes.md");
        assertEquals(0, run("export", "--format", "markdown", "--out", md.toString()), err());
        String text = java.nio.file.Files.readString(md);
        assertTrue(text.contains("Who decides") && text.contains("\n*Question:* open · *Votes:* 1\n"), text);
        assertTrue(text.contains("\n*Reply to:* Bo\n"), text);
    }

    /** Ticks Allow anonymous questions for this data folder (in no group), as the window's Notes menu does. */
    private void allowAnonymous() throws Exception {
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(dataDir)) {
            db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
        }
    }

    /**
     * Fresh testers t15c's N1 and t15d's N6: {@code ask --anonymous} worked for a participant who never ticked Allow
     * anonymous questions, which the window does not offer then. The command line keeps the same rule (decision
     * 0080): refused with why and what to do, exit code 1, nothing saved.
     */
    @Test
    void askAnonymouslyIsRefusedWhereTheGroupHasNotAllowedItAndSaysWhatToDo() throws Exception {
        assertEquals(1, run("ask", "gardens", "--note", "anon from gus", "--anonymous"));
        assertEquals("Anonymous questions are not allowed here: Allow anonymous questions (the window's Notes → Group"
                + " settings) is not ticked. Ask under your name (without --anonymous), or tick that option in the window if your"
                + " group agreed to anonymous questions. Nothing was saved.\n", err());
        assertEquals("", out());
        assertEquals(0, run("notes"));
        assertEquals("", out(), "nothing saved");
        allowAnonymous();
        assertEquals(0, run("ask", "gardens", "--note", "anon from gus", "--anonymous"), err());
    }

    /**
     * Fresh tester t15c's N9: {@code vote} gave +1s to the reader's own notes, their anonymous question too. A +1 says
     * someone else wants a note discussed (decision 0080): refused with why, exit code 1; on another's note it counts.
     */
    @Test
    void aPlusOneOnYourOwnNoteOrAnonymousQuestionIsRefusedWithWhy() throws Exception {
        allowAnonymous();
        assertEquals(0, run("ask", "gardens", "--note", "Mine"), err());
        String mine = out().strip();
        assertEquals(0, run("ask", "gardens", "--note", "Mine too", "--anonymous"), err());
        String anonymous = out().strip();
        for (String id : java.util.List.of(mine, anonymous)) {
            assertEquals(1, run("vote", id));
            assertEquals("This note is yours (your anonymous questions are too): a +1 tells the group that someone else"
                    + " wants a note discussed, so your own notes take none from you. Nothing was changed.\n", err());
        }
        String bos = bosQuestion("Bo's");
        assertEquals(0, run("vote", bos), err());
        assertEquals(0, run("notes"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith(bos) && l.endsWith("\t1")), out());
        assertTrue(out().lines().filter(l -> l.startsWith(mine) || l.startsWith(anonymous))
                .allMatch(l -> l.endsWith("\t0")), out());
    }

    /**
     * Fresh testers t15c's N9 and t15d's N6: Bo's own digest listed "Anonymous" beside Bo without a word. The handout
     * keeps counting it apart (else it would tell its readers who asked); its maker is told so (decision 0080).
     */
    @Test
    void theDigestTellsItsMakerThatTheirAnonymousQuestionsAreCountedApart() throws Exception {
        allowAnonymous();
        assertEquals(0, run("ask", "gardens", "--note", "Named"), err());
        Path named = elsewhere.resolve("named.md");
        assertEquals(0, run("digest", "--format", "markdown", "--out", named.toString()), err());
        assertEquals("", err(), "no anonymous question of theirs: nothing to say");
        assertEquals(0, run("ask", "gardens", "--note", "Is this silly?", "--anonymous"), err());
        Path md = elsewhere.resolve("digest.md");
        assertEquals(0, run("digest", "--format", "markdown", "--out", md.toString()), err());
        assertEquals("Your anonymous question is in this digest as \"Anonymous\", counted apart from you, so that"
                + " whoever reads it cannot tell it is yours.\n", err());
        assertTrue(java.nio.file.Files.readString(md).contains("Anonymous"));
    }

    @Test
    void theCommandsSayWhatTheyNeed() {
        Options.UsageException noNote = assertThrows(Options.UsageException.class, () -> Options.parse("reply", "x"));
        assertEquals("reply needs --note TEXT", noNote.getMessage());
        Options.UsageException twoIds = assertThrows(Options.UsageException.class,
                () -> Options.parse("answered", "x"));
        assertEquals("answered takes the question's id and the reply's id", twoIds.getMessage());
        Options.UsageException withdraw = assertThrows(Options.UsageException.class,
                () -> Options.parse("reply", "x", "--note", "y", "--withdraw"));
        assertEquals("--withdraw does not go with reply", withdraw.getMessage());
    }
}
