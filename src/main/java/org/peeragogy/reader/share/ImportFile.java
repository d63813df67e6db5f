package org.peeragogy.reader.share;

import java.util.List;
import java.util.Map;
import org.peeragogy.reader.store.ShareStore;

/**
 * The checked contents of a file to import.
 *
 * @param format        "notes", "w3c" or "hypothesis"
 * @param bookIdentity  the handbook the file says it is for (empty when it does not say)
 * @param notes         every note, tombstones included, with its last-shared base when the file has one
 * @param authorColours layer colours the file proposes, by author
 * @param meta          the notes file's metadata (app version, export time, handbook fingerprint...)
 */
public record ImportFile(String format, String bookIdentity, List<ShareStore.Incoming> notes,
                         Map<String, String> authorColours, Map<String, String> meta) {
    public ImportFile {
        notes = List.copyOf(notes);
        authorColours = Map.copyOf(authorColours);
        meta = Map.copyOf(meta);
    }
}
