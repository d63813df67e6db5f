package org.peeragogy.reader.share.group;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.text.Latin;

/**
 * How files in a group folder are named and told apart (issue 16, decision 0026). Each reader writes one
 * file, {@code <name>_<uuid>.peeranotes}: their name (letters and digits, for people) and the UUID of their
 * author id (for the reader, which finds a person's file by it whatever their name). What sync tools leave
 * in a folder is told apart by name alone:
 *
 * <ul>
 *   <li>files still arriving: hidden names (Syncthing's {@code .syncthing.NAME.tmp}, Nextcloud's
 *       {@code .~NAME}, macOS's {@code ._NAME}), {@code ~syncthing~NAME.tmp} and names ending {@code .tmp},
 *       {@code .part}, {@code .partial}, {@code .filepart}, {@code .crdownload} or {@code ~};</li>
 *   <li>conflict copies: Syncthing's {@code NAME.sync-conflict-DATE-TIME-DEVICE.peeranotes}, and
 *       {@code NAME (conflicted copy).peeranotes} with whatever the tool adds inside the brackets (Nextcloud
 *       and Dropbox add a date, Dropbox a name): another version of {@code NAME.peeranotes};</li>
 *   <li>notes files: any other name ending {@code .peeranotes} (any case);</li>
 *   <li>the group's handout: a facilitator's digest, named {@code digest…} and ending {@code .html}, {@code .htm},
 *       {@code .pdf} or {@code .md} (any case), as the README tells a facilitator to write it
 *       ({@code digest --out GROUP/digest.html}). Everything else is not ours.</li>
 * </ul>
 *
 * Threads: any; nothing here touches the disk.
 */
public final class GroupFileNames {
    /** The ending of a notes file. */
    public static final String EXTENSION = ".peeranotes";
    /** The prefix of the temporary file the reader writes its own file under (Syncthing skips such names). */
    public static final String TEMP_PREFIX = ".syncthing.";

    private static final Pattern SYNCTHING_CONFLICT =
            Pattern.compile("(?i)^(.*)\\.sync-conflict-[0-9]{8}-[0-9]{6}(?:-[A-Z0-9]+)?(\\.peeranotes)$");
    private static final Pattern CONFLICTED_COPY =
            Pattern.compile("(?i)^(.*?) \\([^()]*conflicted copy[^()]*\\)(\\.peeranotes)$");
    /** A digest is any name with "digest" in it ("week1-digest.html": fresh tester t16's F10) and a handout's ending. */
    private static final Pattern HANDOUT_NAME = Pattern.compile("^.*digest.*\\.(html?|pdf|md)$");

    private GroupFileNames() {
    }

    /** What a name in the folder is. */
    public enum Kind {
        /** a notes file */
        NOTES,
        /** a sync tool's conflict copy of a notes file */
        CONFLICT_COPY,
        /** a file still arriving, or a tool's own temporary file: looked at again when complete */
        ARRIVING,
        /** a facilitator's digest, the group's handout: offered to open (decision 0032) */
        HANDOUT,
        /** anything else (a tool's own file, any other document): left alone */
        OTHER
    }

    /**
     * A name in the folder, read.
     *
     * @param kind     what it is
     * @param original for a notes file its own name, for a conflict copy the name of the file it is a version
     *                 of, else the name itself
     */
    public record Name(Kind kind, String original) {
    }

    /** What {@code fileName} is. Never throws for any string. */
    public static Name classify(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (fileName.startsWith(".") || fileName.startsWith("~") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".partial") || lower.endsWith(".filepart") || lower.endsWith(".crdownload")) {
            // A copy on its way is named after the notes file it becomes (".syncthing.Ben.peeranotes.tmp",
            // "Ben.peeranotes.part"). The rest are tools' own files that never become one (fresh testers t16's N9 and
            // t16c's N5: Syncthing's .stfolder, a Mac's .DS_Store and ._ files, NFS's .nfs files were "arriving" for
            // ever), and so is a Mac's "._Ben.peeranotes", its extended attributes beside the file.
            return new Name(lower.contains(EXTENSION) && !fileName.startsWith("._") ? Kind.ARRIVING : Kind.OTHER,
                    fileName);
        }
        if (fileName.endsWith("~")) {
            return new Name(Kind.OTHER, fileName); // an editor's backup: whole, and not the notes file
        }
        if (!lower.endsWith(EXTENSION)) {
            return new Name(HANDOUT_NAME.matcher(lower).matches() ? Kind.HANDOUT : Kind.OTHER, fileName);
        }
        Matcher m = SYNCTHING_CONFLICT.matcher(fileName);
        if (m.matches() && !m.group(1).isEmpty()) {
            return new Name(Kind.CONFLICT_COPY, m.group(1) + m.group(2));
        }
        m = CONFLICTED_COPY.matcher(fileName);
        if (m.matches() && !m.group(1).isEmpty()) {
            return new Name(Kind.CONFLICT_COPY, m.group(1) + m.group(2));
        }
        return new Name(Kind.NOTES, fileName);
    }

    /**
     * The reader's own file's name: {@code <name>_<uuid>.peeranotes}, the name romanised and folded to ASCII
     * letters and digits ({@code Ø} is {@code O}, {@code Ł} {@code L}, {@code 王芳} {@code wang-fang}: ICU's
     * {@code Any-Latin; Latin-ASCII}, {@link Latin}) joined by {@code -} (at most 40; "reader" when none is
     * left), the UUID that of a {@code urn:uuid:} author id (else a hash of the id, so the name stays safe on
     * every file system).
     */
    public static String own(String readerName, String authorId) {
        return own(readerName, authorId, 1);
    }

    /**
     * As {@link #own(String, String)}; a {@code copy} above 1 adds {@code -<copy>} to the name part
     * ({@code Ana-2_<uuid>.peeranotes}): where the reader writes when a file it did not write holds its own name
     * (another computer with the same profile, decision 0035). The name still ends with the author id's UUID.
     */
    public static String own(String readerName, String authorId, int copy) {
        String plain = Normalizer.normalize(Latin.ascii(readerName), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        if (plain.isEmpty()) {
            plain = "reader";
        }
        return plain + (copy > 1 ? "-" + copy : "") + "_" + uuidOf(authorId) + EXTENSION;
    }

    /**
     * The author id a notes file's name says it belongs to ({@code urn:uuid:} and the UUID at the end of its
     * name, before the extension), for a file named as {@link #own} names them; empty for other names.
     */
    public static Optional<String> authorIdOf(String originalName) {
        return org.peeragogy.reader.share.Authorship.ownerOf(originalName);
    }

    /** The temporary name the reader writes {@code ownName} under before moving it into place. */
    static String temporary(String ownName) {
        return TEMP_PREFIX + ownName + ".tmp";
    }

    private static String uuidOf(String authorId) {
        String id = authorId == null ? "" : authorId.toLowerCase(Locale.ROOT);
        if (id.startsWith("urn:uuid:") && org.peeragogy.reader.share.Authorship.ownerOf("_" + id.substring(9)
                + EXTENSION).filter(id::equals).isPresent()) {
            return id.substring(9);
        }
        return java.util.UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
