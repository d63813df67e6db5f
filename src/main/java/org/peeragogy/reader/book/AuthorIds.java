package org.peeragogy.reader.book;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who wrote a note, as a stable identity rather than a name (issue 11, decision 0017). Names are for
 * display and can change; layers, filters and merges key on the id. An author id is an absolute IRI:
 *
 * <ul>
 *   <li>the reader's own id, {@code urn:uuid:<random UUID>}, made once per profile ({@link #newReaderId()})
 *       and kept in its settings;</li>
 *   <li>for notes from files that carry no such id, in this order: a Hypothesis user
 *       ({@code acct:maria@hypothes.is}, RFC 7565), a W3C creator's IRI, else an id made from the name
 *       ({@link #fromName}: {@code urn:peeragogy-reader:name:} and the name's UTF-8 in lower-case hex).</li>
 * </ul>
 *
 * An id made from a name is no identity (two people called Ana get the same one), so it is never written
 * where a file says "this is who": the W3C export leaves the creator's {@code id} out for it
 * ({@link #isNameOnly}). Threads: any. Nothing here throws.
 */
public final class AuthorIds {
    /** Ids made from a name start so; the rest is the name's UTF-8 bytes in lower-case hex. */
    public static final String NAME_PREFIX = "urn:peeragogy-reader:name:";
    /**
     * The longest id kept, in UTF-16 code units: an e-mail, an account or a web address fit easily, and so
     * does the id made from the longest name ({@link AuthorNames#MAX} code points of up to 4 UTF-8 bytes each,
     * in hex, after {@link #NAME_PREFIX}: 1,626).
     */
    public static final int MAX_LENGTH = 2_000;
    /** RFC 3987's scheme, then anything but white space, controls and the characters an IRI never has raw. */
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\p{Cc}\\p{Cf}<>\"{}|\\\\^`]+");
    private static final Pattern READER_ID = Pattern.compile(
            "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private AuthorIds() {
    }

    /**
     * What tells a person apart when their name is not enough (the window and the {@code notes} listing): an
     * account as it is ({@code acct:ana@x.org}), an address without its scheme (at most 40 characters), "id "
     * and the first 8 hex digits of a reader's {@code urn:uuid:}, "by name only" for an id made from a name.
     */
    public static String shortLabel(String id) {
        if (isNameOnly(id)) {
            return "by name only";
        }
        if (id.startsWith("urn:uuid:") && id.length() >= 17) {
            return "id " + id.substring(9, 17);
        }
        String s = id.replaceFirst("^(https?|mailto):(//)?", "");
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    /** A new random id for a reader's profile: {@code urn:uuid:} and a version 4 UUID. */
    public static String newReaderId() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    /**
     * The id of an author known only by {@code name}: the same name always gives the same id (so a file
     * imported twice makes one layer), and the id says it was made from a name. The SQL of the schema
     * migration that introduced author ids makes the same value ({@code lower(hex(name))}).
     */
    public static String fromName(String name) {
        return NAME_PREFIX + HexFormat.of().formatHex((name == null ? "" : name).getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code id} was made from a name ({@link #fromName}), so names a name, not a person. */
    public static boolean isNameOnly(String id) {
        return id != null && id.startsWith(NAME_PREFIX);
    }

    /**
     * The schemes of the ids the reader takes for a person (decision 0021). The W3C Web Annotation Data Model
     * (§3.3.3 Agents) says only that an agent "SHOULD have exactly 1 IRI that identifies it"; its examples
     * and the tools that write it use web addresses ({@code http}, {@code https}: a profile page, ORCID),
     * {@code mailto} (the model's own form for an agent's e-mail), {@code urn} (ours: {@code urn:uuid:}),
     * {@code acct} (RFC 7565, Hypothesis) and {@code tag} (RFC 4151, a minted id). Anything else
     * ({@code javascript:}, {@code data:}, {@code file:}...) names no person and could do harm where an id is
     * shown as a link, so it is not taken.
     */
    public static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "urn", "mailto", "acct", "tag");

    /**
     * True when {@code id} is an id of the shape the reader keeps: an absolute IRI of at most {@link #MAX_LENGTH}
     * units whose scheme is one of {@link #SCHEMES} (any letter case).
     */
    public static boolean isValid(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_LENGTH && IRI.matcher(id).matches()
                && SCHEMES.contains(id.substring(0, id.indexOf(':')).toLowerCase(Locale.ROOT)) && !hasLoneSurrogate(id);
    }

    /** True for an id a reader's profile makes ({@code urn:uuid:} with a lower-case UUID). */
    public static boolean isReaderId(String id) {
        return id != null && READER_ID.matcher(id).matches();
    }

    /**
     * The id of a Hypothesis user ({@code acct:maria@hypothes.is}), when {@code user} is one: an {@code acct:}
     * URI with a name and a host. The part before {@code @} is the user's nickname ({@link #acctName}).
     */
    public static Optional<String> fromAcct(String user) {
        if (user == null || !user.regionMatches(true, 0, "acct:", 0, 5)) {
            return Optional.empty();
        }
        String id = "acct:" + user.substring(5);
        int at = id.lastIndexOf('@');
        return at > 5 && at < id.length() - 1 && isValid(id) ? Optional.of(id) : Optional.empty();
    }

    /** The user name of an {@code acct:} id ("maria" for {@code acct:maria@hypothes.is}); empty for other ids. */
    public static Optional<String> acctName(String id) {
        if (id == null || !id.toLowerCase(Locale.ROOT).startsWith("acct:")) {
            return Optional.empty();
        }
        int at = id.lastIndexOf('@');
        return Optional.of(at > 5 ? id.substring(5, at) : id.substring(5)).filter(s -> !s.isEmpty());
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
