package org.peeragogy.reader.app;

/** The command line's usage, as {@code --help} prints it ({@link Options#usage}); split from {@link Options} for its size. */
final class Usage {
    private Usage() {
    }

    /** The usage with markers {@code <program>} where the command goes and {@code <version>} ({@link Options#usage}). */
    static final String TEXT = """
            Usage: <program> [--handbook PATH] [--language TAG] [--data-dir DIR] [COMMAND | NOTES_FILE...]
              (no command)      open the reader window
              NOTES_FILE...     open the window and offer to import each notes file (.peeranotes, .json,
                                .jsonld) in turn; with the window already open, each is handed to it
              --smoke ID        open the window on chapter ID, print first-chapter-ms=N when it is shown, exit
              chapters          list the chapters in reading order: number, id, title, part (tab-separated)
              render ID         print the exact HTML the reader shows for chapter ID
              check             render every chapter, print each problem and a summary; exit 1 on a broken
                                link or missing image
              highlight ID --quote TEXT [--note TEXT] [--color C] [--tag T]...
                                highlight TEXT in chapter ID and print the new note's id; colours: yellow,
                                green, blue, pink, purple
              notes [--chapter ID] [--json]
                                list the notes, yours and those imported from others (JSON: the fields
                                the reader keeps, with parent, question, answeredBy, votes and voters for
                                notes in a conversation)
              name [NAME] [--same | --new]
                                show the name your notes carry, or set it (every note you made shows it; a
                                group folder's file is named after it); a notes file copied from someone
                                else's: --same if you are them, --new [NAME] for an author id of your own
              reply NOTE_ID --note TEXT
                                reply to a note (yours or one imported); prints the reply's id
              ask ID [--quote TEXT] --note TEXT [--tag T]... [--anonymous]
                                ask a question on TEXT in chapter ID (or on the whole chapter); prints its id;
                                --anonymous shows it as "Anonymous" (whoever collects your notes file can
                                still tell it is yours, and that your anonymous questions are one person's);
                                only where the group allows anonymous questions, as in the window
              vote NOTE_ID [--withdraw]
                                give someone else's note your +1, or withdraw it (you can give it again)
              answered QUESTION_ID REPLY_ID
                                mark your question answered by a reply in its thread
              search QUERY [--limit N] [--json]
                                search the handbook and your notes, best first, grouped by chapter: kind
                                (chapter or note), chapter id, block or note id, title, snippet with the
                                matched words in [ ] (tab-separated); "quotes" for a phrase
              export --format notes|w3c|markdown --out FILE [--chapter ID]... [--color C]... [--tag T]...
                     [--author NAME|ID]... [--include-private]
                                write your notes (or those chosen) to a notes file, W3C Web Annotation
                                JSON-LD, or Markdown for reading; private notes (from Hypothesis, readable
                                only by their author) only with --include-private; --author takes a name,
                                an id or its first characters (a name two people share: give the id); with
                                the group's blind first pass, others' notes hidden there are left out
              import FILE|FOLDER [--dry-run] [--others-changes] [--others-votes]
                                merge notes from a notes file, W3C JSON-LD or a Hypothesis export: prints
                                what changes (new, updated, deleted, unchanged, conflicts, could not be
                                placed); --dry-run changes nothing; a folder: all its notes files as one
                                import, with a line per file (who, how many); a file that names its
                                writer changes, deletes or marks answered other people's notes only
                                with --others-changes (--others-deletions says the same), and its votes
                                for others than its writer are taken only with --others-votes
              undo-import       revert the most recent import
              group-folder set DIR [--group NAME]
                                keep your notes in a group folder (a USB stick, a shared folder, a folder
                                Syncthing or Nextcloud keeps in sync) and read everyone else's from it
              group-folder status
                                who has a file there, when it was written (UTC), what it would bring, files
                                that cannot be used and why, and the group's digests
              group-folder sync [--merge FILE]... [--merge-accepted | --merge-all]
                     [--others-changes] [--others-votes]
                                write your notes there now and look at the others' files; merge the files
                                named (--merge, by file name), those of people you merged by hand before
                                (--merge-accepted) or every file (--merge-all), as one import that one
                                undo-import takes back; a file's changes to other people's notes and their
                                votes are left out, as import leaves them, unless --others-changes and
                                --others-votes; exits 1 when your notes could not be written
              digest --format markdown|html|pdf --out FILE [--chapter ID]... [--names show|initials|hide]
                     [--interface-language en|es|it|pt] [--full-text]
                                the facilitator's digest of everyone's notes: per chapter the counts, the
                                most-marked passages, open questions by votes with their threads, answered
                                questions, tags; notes that could not be placed and second versions kept
                                from files listed apart at the end; written in the window's interface
                                language unless --interface-language says; a note or passage longer than
                                1,500 characters is cut there, saying how many more there are, unless
                                --full-text; never written inside the data folder or the handbook's folder
              add-handbook PATH install a handbook folder or zip (another edition, a translation) into the
                                data folder and open it from now on; prints its identity, title and
                                language, and a line for each other language its folder holds
              handbooks         list the installed handbooks, a line for each language: identity, title,
                                chapters, location, language (tab-separated)
              recover [--restore-backup | --start-fresh]
                                when your notes file is damaged: put the latest automatic backup in its
                                place, or save the notes that can still be read to a notes file and start
                                with an empty one (the damaged file is kept either way); alone, says whether
                                there is anything to recover
            Options:
              --handbook PATH   the handbook folder or zip, or the identity of an installed handbook or of
                                one of its languages (handbooks lists them; default: the installed handbook
                                chosen last, else ../shared/handbook)
              --language TAG    the handbook's edition in that language, when its folder holds several
                                (a tag such as es, th or pt-BR; add-handbook and handbooks list them)
              --data-dir DIR    where your notes, reading position and settings are kept (default: the
                                system's per-user data folder)
              --portable        keep your data in the data folder inside the reader's own folder (as when
                                a file named portable is there: the portable archives have one)
              --debug           print every logged problem with its stack trace here too (the log is
                                always written to logs/ in the data folder)
              --help            print this and exit
              --version, -V     print the reader's version (<version>) and exit
              --                end of options: what follows is a command or a path, even one starting
                                with - (import -- "-odd stick"; ./-odd stick works too)""";
}
