/**
 * The user's SQLite file: notes, settings, reading positions, author layers, imports and the search index;
 * its damage, backups and recovery. Nothing here touches JavaFX.
 *
 * <h2>Threads</h2>
 * A {@link org.peeragogy.reader.store.Database} is one connection, and the stores it hands out
 * ({@code annotations()}, {@code settings()}, {@code readingPositions()}, {@code authors()},
 * {@code sharing()}) use it: any thread may call them, <em>one call at a time per database</em>. Work that
 * runs beside another thread's opens its own with {@code Database.another()} (the window's ordered writer,
 * an import). {@link org.peeragogy.reader.store.SearchIndex} keeps connections of its own and may be called
 * from any thread at once. Each public method says which of these it is:
 * <ul>
 * <li><b>reads</b> wait only for the disk: in WAL mode a read never waits for another connection's write.
 * The window reads on the FX thread, through its own connection.</li>
 * <li><b>writes</b> may wait up to 20 s ({@code Database.BUSY_TIMEOUT_MS}) for another connection's write (an
 * import, the index build): never on the FX thread. The window makes every save through
 * {@code ui.SaveQueue}'s thread (decision 0013).</li>
 * <li><b>files</b>: opening, backups, recovery and salvage read, copy and rename files: never on the FX
 * thread.</li>
 * <li>records, enums and exceptions are immutable values: any thread.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * What a caller can show is a {@link org.peeragogy.reader.store.StoreException} whose message says what went
 * wrong and what to do ({@link org.peeragogy.reader.store.OpenFailure} when the file does not open). A failed
 * write changes nothing ({@code Transaction}); an exception other than an SQL failure from inside a write (a
 * bug) is rethrown unchanged after the rollback.
 */
package org.peeragogy.reader.store;
