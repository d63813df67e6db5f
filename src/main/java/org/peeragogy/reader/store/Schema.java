package org.peeragogy.reader.store;

import java.util.List;

/** The notes database's schema, as the migrations that build it ({@code PRAGMA user_version} counts them). */
final class Schema {
    private Schema() {
    }

    /** Migration N takes the schema from version N to N+1; never edit one that has shipped. */
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE setting (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE reading_position (
                book_identity TEXT PRIMARY KEY,
                chapter_id    TEXT NOT NULL,
                scroll        REAL NOT NULL DEFAULT 0,
                updated_at    TEXT NOT NULL
            );
            """,
            """
            CREATE TABLE annotation (
                id               TEXT PRIMARY KEY,
                book_identity    TEXT NOT NULL,
                chapter_id       TEXT NOT NULL,
                kind             TEXT NOT NULL CHECK (kind IN ('highlight', 'chapter-note', 'bookmark')),
                colour           TEXT NOT NULL,
                note             TEXT NOT NULL DEFAULT '',
                author           TEXT NOT NULL,
                created_at       TEXT NOT NULL,
                updated_at       TEXT NOT NULL,
                quote_exact      TEXT,
                quote_prefix     TEXT,
                quote_suffix     TEXT,
                position_start   INTEGER,
                position_end     INTEGER,
                block_id         TEXT,
                text_fingerprint TEXT,
                deleted_at       TEXT
            );
            CREATE TABLE annotation_tag (
                annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                tag           TEXT NOT NULL,
                PRIMARY KEY (annotation_id, tag)
            );
            CREATE INDEX annotation_by_chapter ON annotation(book_identity, chapter_id);
            """,
            // Full-text search (docs/decisions/0007): the handbook's passages per book identity, rebuilt
            // when the book's fingerprint changes, and the live notes, written with each note. The
            // column book holds one token naming the book ('b' and the identity's UTF-8 in hex), so that
            // a search is limited to one book inside the full-text index (SearchIndex.bookToken).
            """
            CREATE VIRTUAL TABLE search_text USING fts5(
                title, heading, body, book,
                book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
            );
            CREATE TABLE search_book (
                book_identity  TEXT PRIMARY KEY,
                fingerprint    TEXT NOT NULL,
                source_version TEXT NOT NULL,
                units          INTEGER NOT NULL,
                built_at       TEXT NOT NULL
            );
            CREATE TABLE search_chapter (
                book_identity TEXT NOT NULL,
                chapter_id    TEXT NOT NULL,
                title         TEXT NOT NULL,
                PRIMARY KEY (book_identity, chapter_id)
            );
            CREATE VIRTUAL TABLE search_note USING fts5(
                note, quote, tags, book,
                annotation_id UNINDEXED, book_identity UNINDEXED, chapter_id UNINDEXED, block_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
            );
            CREATE TABLE search_note_row (
                id            INTEGER PRIMARY KEY,
                annotation_id TEXT NOT NULL UNIQUE
            );
            INSERT INTO search_note_row (annotation_id)
                SELECT id FROM annotation WHERE deleted_at IS NULL;
            INSERT INTO search_note (rowid, note, quote, tags, book, annotation_id, book_identity, chapter_id, block_id)
                SELECT r.id, a.note, coalesce(a.quote_exact, ''),
                       coalesce((SELECT group_concat(t.tag, ' ') FROM annotation_tag t WHERE t.annotation_id = a.id), ''),
                       'b' || lower(hex(a.book_identity)), a.id, a.book_identity, a.chapter_id, coalesce(a.block_id, '')
                FROM annotation a JOIN search_note_row r ON r.annotation_id = a.id
            """,
            // Sharing notes (docs/decisions/0008): authors as layers, the revision of each note last
            // shared, conflict copies, and imports as batches with before-images so one undo reverts one.
            """
            CREATE TABLE author (
                name    TEXT PRIMARY KEY,
                colour  TEXT NOT NULL,
                visible INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE annotation_share (
                annotation_id TEXT PRIMARY KEY,
                base_updated  TEXT,
                conflict_of   TEXT,
                source_uri    TEXT
            );
            CREATE INDEX annotation_share_conflict ON annotation_share(conflict_of);
            CREATE INDEX annotation_by_author ON annotation(book_identity, author);
            CREATE TABLE import_batch (
                id          INTEGER PRIMARY KEY,
                source      TEXT NOT NULL,
                format      TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                summary     TEXT NOT NULL,
                undone_at   TEXT
            );
            CREATE TABLE import_before (
                batch_id         INTEGER NOT NULL REFERENCES import_batch(id),
                annotation_id    TEXT NOT NULL,
                existed          INTEGER NOT NULL,
                book_identity    TEXT,
                chapter_id       TEXT,
                kind             TEXT,
                colour           TEXT,
                note             TEXT,
                author           TEXT,
                created_at       TEXT,
                updated_at       TEXT,
                quote_exact      TEXT,
                quote_prefix     TEXT,
                quote_suffix     TEXT,
                position_start   INTEGER,
                position_end     INTEGER,
                block_id         TEXT,
                text_fingerprint TEXT,
                deleted_at       TEXT,
                had_share        INTEGER NOT NULL,
                base_updated     TEXT,
                conflict_of      TEXT,
                source_uri       TEXT,
                PRIMARY KEY (batch_id, annotation_id)
            );
            CREATE TABLE import_before_tag (
                batch_id      INTEGER NOT NULL,
                annotation_id TEXT NOT NULL,
                tag           TEXT NOT NULL
            );
            CREATE INDEX import_before_tag_by_note ON import_before_tag(batch_id, annotation_id)
            """,
            // Authors are people, not names (issue 11, decision 0017). The reader gets a random id
            // (urn:uuid:, version 4), made here once for every profile, new or old. Each note gets its
            // author's id: the reader's own for the notes made in this profile (every note no import
            // added, and those an import changed that still bear the reader's name: an import could
            // change a note's author), an id made from the name for the rest (AuthorIds.fromName: the
            // prefix and the name's UTF-8 in lower-case hex). Layers move from names to ids; the
            // reader's own layer keeps the colour and visibility their name had (another person of that
            // name gets a palette colour of their own: AuthorStore.PALETTE). Private notes
            // (Hypothesis notes only their author could read) are marked in annotation_share.
            """
            INSERT OR IGNORE INTO setting (key, value) VALUES ('reader.id', 'urn:uuid:' || lower(hex(randomblob(4)))
                || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
                || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
                || lower(hex(randomblob(6))));
            ALTER TABLE annotation ADD COLUMN author_id TEXT NOT NULL DEFAULT '';
            UPDATE annotation SET author_id = CASE
                WHEN NOT EXISTS (SELECT 1 FROM import_before b WHERE b.annotation_id = annotation.id AND b.existed = 0)
                     AND (NOT EXISTS (SELECT 1 FROM import_before b WHERE b.annotation_id = annotation.id)
                          OR author = coalesce(nullif(trim((SELECT value FROM setting WHERE key = 'reader.name')), ''), 'Me'))
                THEN (SELECT value FROM setting WHERE key = 'reader.id')
                ELSE 'urn:peeragogy-reader:name:' || lower(hex(author)) END;
            CREATE INDEX annotation_by_author_id ON annotation(book_identity, author_id);
            DROP INDEX annotation_by_author;
            ALTER TABLE author RENAME TO author_by_name;
            CREATE TABLE author (
                id       TEXT PRIMARY KEY,
                name     TEXT NOT NULL,
                nickname TEXT,
                colour   TEXT NOT NULL,
                visible  INTEGER NOT NULL DEFAULT 1,
                named_at TEXT
            );
            INSERT INTO author (id, name, colour, visible)
                SELECT 'urn:peeragogy-reader:name:' || lower(hex(name)), name, colour, visible FROM author_by_name;
            INSERT INTO author (id, name, colour, visible)
                SELECT s.value, n.name, coalesce(o.colour, '#1b6ca8'), coalesce(o.visible, 1)
                FROM setting s
                JOIN (SELECT coalesce(nullif(trim((SELECT value FROM setting WHERE key = 'reader.name')), ''),
                          (SELECT a.author FROM annotation a WHERE a.author_id = (SELECT value FROM setting
                               WHERE key = 'reader.id') ORDER BY a.updated_at DESC LIMIT 1), 'Me') AS name) n
                LEFT JOIN author_by_name o ON o.name = n.name
                WHERE s.key = 'reader.id' AND EXISTS (SELECT 1 FROM annotation a WHERE a.author_id = s.value);
            DELETE FROM author WHERE id LIKE 'urn:peeragogy-reader:name:%'
                AND NOT EXISTS (SELECT 1 FROM annotation a WHERE a.author_id = author.id);
            UPDATE author SET colour = coalesce((SELECT column1 FROM (VALUES ('#1b6ca8'), ('#c2410c'), ('#15803d'),
                    ('#7e22ce'), ('#be123c'), ('#0f766e'), ('#a16207'), ('#4338ca'), ('#9d174d'), ('#3f6212'))
                    WHERE column1 NOT IN (SELECT colour FROM author) LIMIT 1), colour)
                WHERE id LIKE 'urn:peeragogy-reader:name:%' AND colour = (SELECT o.colour FROM author o
                    WHERE o.id = (SELECT value FROM setting WHERE key = 'reader.id'));
            DROP TABLE author_by_name;
            ALTER TABLE annotation_share ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE import_before ADD COLUMN author_id TEXT;
            ALTER TABLE import_before ADD COLUMN private INTEGER NOT NULL DEFAULT 0
            """,
            // A group folder (issue 16, decision 0026): each version of each file seen in the folder (by
            // name, size, modification time and SHA-256), what came of it, and the people whose files the
            // reader merged by hand once (a setting may then merge theirs without asking).
            """
            CREATE TABLE group_file (
                folder     TEXT NOT NULL,
                name       TEXT NOT NULL,
                size       INTEGER NOT NULL,
                modified   TEXT NOT NULL,
                sha256     TEXT NOT NULL,
                state      TEXT NOT NULL,
                author_id  TEXT NOT NULL DEFAULT '',
                person     TEXT NOT NULL DEFAULT '',
                written_at TEXT,
                seen_at    TEXT NOT NULL,
                summary    TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (folder, name)
            );
            CREATE TABLE group_person (
                author_id   TEXT PRIMARY KEY,
                name        TEXT NOT NULL,
                accepted_at TEXT NOT NULL
            )
            """,
            // Workshop conversations (issue 15, decision 0025): what a note says of its thread (the note it
            // replies to, whether it asks a question, the reply its asker marked as the answer) and votes, one
            // per person and note, never deleted (withdrawn is value 0). Only new tables: no saved note is
            // read or changed. Imports keep before-images of both, so one undo takes an import back whole.
            """
            CREATE TABLE note_link (
                annotation_id TEXT PRIMARY KEY,
                parent_id     TEXT,
                question      INTEGER NOT NULL DEFAULT 0,
                answered_by   TEXT
            );
            CREATE INDEX note_link_by_parent ON note_link(parent_id);
            CREATE TABLE vote (
                annotation_id TEXT NOT NULL,
                voter_id      TEXT NOT NULL,
                book_identity TEXT NOT NULL,
                value         INTEGER NOT NULL CHECK (value IN (0, 1)),
                updated_at    TEXT NOT NULL,
                PRIMARY KEY (annotation_id, voter_id)
            );
            CREATE INDEX vote_by_book ON vote(book_identity);
            CREATE TABLE import_before_link (
                batch_id      INTEGER NOT NULL,
                annotation_id TEXT NOT NULL,
                had_link      INTEGER NOT NULL,
                parent_id     TEXT,
                question      INTEGER,
                answered_by   TEXT,
                PRIMARY KEY (batch_id, annotation_id)
            );
            CREATE TABLE import_before_vote (
                batch_id      INTEGER NOT NULL,
                annotation_id TEXT NOT NULL,
                voter_id      TEXT NOT NULL,
                existed       INTEGER NOT NULL,
                book_identity TEXT,
                value         INTEGER,
                updated_at    TEXT,
                PRIMARY KEY (batch_id, annotation_id, voter_id)
            )
            """,
            // Where a note that claimed the reader's id came from, and undo made whole (issue 11, decision 0032).
            // annotation_share.claimed_from: the file (the import's source) that brought a new note carrying the
            // reader's author id; such a note is theirs to read and edit, and leaves in their exports only once
            // they have saved it themselves. Notes earlier imports added that way, not undone and not changed
            // since, are marked with the file of the import that added them. The before-images keep the mark,
            // and the people an import gave a layer or renamed (import_before_author), so that an undo takes
            // back the names too. No note's row is read or changed here: only annotation_share's new column.
            """
            ALTER TABLE annotation_share ADD COLUMN claimed_from TEXT;
            ALTER TABLE import_before ADD COLUMN claimed_from TEXT;
            CREATE TABLE import_before_author (
                batch_id  INTEGER NOT NULL,
                author_id TEXT NOT NULL,
                existed   INTEGER NOT NULL,
                name      TEXT,
                nickname  TEXT,
                named_at  TEXT,
                PRIMARY KEY (batch_id, author_id)
            );
            UPDATE annotation_share SET claimed_from = (SELECT b.source FROM import_before ib
                    JOIN import_batch b ON b.id = ib.batch_id
                    WHERE ib.annotation_id = annotation_share.annotation_id AND ib.existed = 0 AND b.undone_at IS NULL
                    ORDER BY b.id DESC LIMIT 1)
                WHERE conflict_of IS NULL AND annotation_id IN (SELECT a.id FROM annotation a
                    JOIN import_before ib ON ib.annotation_id = a.id AND ib.existed = 0
                    JOIN import_batch b ON b.id = ib.batch_id AND b.undone_at IS NULL
                    WHERE a.author_id = (SELECT value FROM setting WHERE key = 'reader.id') AND a.deleted_at IS NULL
                        AND julianday(a.updated_at) <= julianday(b.imported_at))
            """,
            // The group folder made safe against what a folder may hold (issue 16's retest, decision 0035):
            // group_own, the SHA-256 of what the reader last wrote under each name in each folder (it removes
            // or replaces only a file whose bytes are those, and rewrites its file when the folder's copy is
            // gone or differs; latest = 1 marks the name written last); group_merge, the files each import merged
            // and whose they were, so that undoing it makes those files wait again and takes their people's
            // acceptance back. Only new tables: no row of group_file or group_person changes, except that a
            // reader never accepts its own id (a row a merge of its own conflict copy made is removed).
            """
            CREATE TABLE group_own (
                folder     TEXT NOT NULL,
                name       TEXT NOT NULL,
                sha256     TEXT NOT NULL,
                written_at TEXT NOT NULL,
                latest     INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (folder, name)
            );
            CREATE TABLE group_merge (
                batch_id  INTEGER NOT NULL,
                folder    TEXT NOT NULL,
                name      TEXT NOT NULL,
                author_id TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (batch_id, folder, name)
            );
            DELETE FROM group_person WHERE author_id = (SELECT value FROM setting WHERE key = 'reader.id')
            """,
            // Whose anonymous id each "Anonymous" of a group file is (issue 16's second retest, B1): a file named
            // after Ben passes a question under an id it names "Anonymous" as Ben's only when the reader has never
            // seen that id, or merged it before from Ben's file (recorded here at that merge). An id seen in anyone
            // else's file, or the reader's own anonymous id, is someone else's and asks.
            """
            CREATE TABLE group_anonymous (
                anonymous_id TEXT PRIMARY KEY,
                author_id    TEXT NOT NULL
            );
            """,
            // Every file the reader wrote into a group folder, by name and SHA-256, not only the last under each name
            // (issue 16's second retest, b2): yesterday's stick, two sticks in turn or a restored backup hold an older
            // file of the reader's own, which it then replaces quietly. Bounded by GroupFolderStore (30 days, 2,000
            // rows). What group_own knows now is kept.
            """
            CREATE TABLE group_own_written (
                name       TEXT NOT NULL,
                sha256     TEXT NOT NULL,
                written_at TEXT NOT NULL,
                PRIMARY KEY (name, sha256)
            );
            INSERT OR IGNORE INTO group_own_written (name, sha256, written_at)
                SELECT name, sha256, written_at FROM group_own;
            """,
            // The files each import merged, by name, in order (fresh tester t15b's F5: the digest said "Imports merged:
            // 1" after a folder of three files, which it could not name). A file's import: its own name, as import_batch
            // has it; a group folder's merge: the files group_merge recorded. A folder's imports of earlier versions have
            // no rows: their files were not recorded one by one (the digest then shows the batch's "stick (3 files)").
            """
            CREATE TABLE import_file (
                batch_id INTEGER NOT NULL,
                name     TEXT NOT NULL
            );
            CREATE INDEX import_file_by_batch ON import_file(batch_id);
            INSERT INTO import_file (batch_id, name) SELECT id, source FROM import_batch WHERE format <> 'folder';
            INSERT INTO import_file (batch_id, name) SELECT m.batch_id, m.name FROM group_merge m
                JOIN import_batch b ON b.id = m.batch_id WHERE b.format = 'folder' ORDER BY m.batch_id, m.rowid;
            """);
}
