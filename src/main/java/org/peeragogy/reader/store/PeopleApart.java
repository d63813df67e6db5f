package org.peeragogy.reader.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.text.LookAlikes;

/**
 * How people are named where two could be taken for one (decision 0075): two people whose names compare the same are
 * "Chen (id 6943a51f)" and "Chen (id 0835edf4)", the start of each one's id ({@link AuthorNames#apart}, decision 0101),
 * and a name
 * that looks like the anonymous label ({@link LookAlikes}: "Anonymous (2)", "Αnonymous", "Anónimo", brought by a file
 * that was written before such names were refused, or by hand) carries the start of its id, so that it never passes
 * for an anonymous asker (tester t15b's F2, F7). The notes panel, the group view, the digest and {@code notes} name
 * people so.
 */
public final class PeopleApart {
    private PeopleApart() {
    }

    /**
     * {@code label} (how a person is shown) with " (id 6943a51f)" after it when their {@code name} looks like the
     * anonymous label without being the one anonymous questions carry; else {@code label}. Pure; any thread.
     */
    public static String marked(String label, String name, String id) {
        return LookAlikes.marked(label, name, AuthorIds.shortLabel(id));
    }

    /**
     * Everyone with a layer: their names and how they are shown, both by author id.
     *
     * @param names  each person's name as their layer has it
     * @param labels each person as shown: {@link AuthorNames#apart} in the order first known, then {@link #marked}
     */
    public record People(Map<String, String> names, Map<String, String> labels) {
        /** No one (nothing read yet). Any thread. */
        public static final People NONE = new People(Map.of(), Map.of());

        public People {
            names = Map.copyOf(names);
            labels = Map.copyOf(labels);
        }

        /**
         * The ids of the people other than {@code own} whose name compares the same as {@code name}
         * ({@link AuthorNames#compared}): whoever the reader would share a name with. Pure; any thread.
         */
        public java.util.List<String> namesakes(String name, java.util.Set<String> own) {
            String folded = AuthorNames.compared(name);
            return names.entrySet().stream().filter(e -> !own.contains(e.getKey()) && !folded.isEmpty()
                    && AuthorNames.compared(e.getValue()).equals(folded)).map(Map.Entry::getKey).sorted().toList();
        }
    }

    /**
     * Everyone with a layer, read now on the connection of {@code store} (the window's read connection, for the notes
     * panel: "Chen (id 6943a51f)" for each of two Chens). A read; the caller's thread, one call at a time per database.
     *
     * @throws StoreException when the people cannot be read
     */
    public static People read(ConversationStore store) throws StoreException {
        return read(store.db);
    }

    /**
     * Everyone with a layer, read now ({@link People}). A read; the caller's thread, one call at a time per database.
     *
     * @throws StoreException when the people cannot be read
     */
    public static People read(Database db) throws StoreException {
        Map<String, String> names = new LinkedHashMap<>();
        for (AuthorStore.Author a : db.authors().list()) {
            names.put(a.id(), a.name());
        }
        Map<String, String> apart = AuthorNames.apart(names, db.authors().firstKnown());
        Map<String, String> out = new LinkedHashMap<>();
        apart.forEach((id, label) -> out.put(id, marked(label, names.get(id), id)));
        return new People(names, out);
    }
}
