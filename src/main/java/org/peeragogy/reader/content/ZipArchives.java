package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * How the reader opens zips, in one place: Apache Commons Compress's {@link ZipFile}, which reads the
 * central directory (so {@link ZipArchiveEntry#isUnixSymlink()} and the entry count are known before
 * anything is inflated), with names in UTF-8.
 */
final class ZipArchives {
    private ZipArchives() {
    }

    /** Throws {@link IOException} when the file is not a zip or is cut short. */
    static ZipFile open(Path zip) throws IOException {
        return ZipFile.builder().setPath(zip).setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(false)
                .get();
    }

    /**
     * The entry's name exactly as the archive spells it. {@link ZipArchiveEntry#getName()} turns
     * backslashes into slashes for archives made on DOS or Windows, which would let {@code a\..\x.md}
     * through the checks for names that leave the folder.
     */
    static String rawName(ZipArchiveEntry entry) {
        return new String(entry.getRawName(), StandardCharsets.UTF_8);
    }
}
