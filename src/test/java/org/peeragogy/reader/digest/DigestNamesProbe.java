package org.peeragogy.reader.digest;

import java.util.function.BiFunction;

/** Reaches the digest's package-private namer from other packages' tests (name, author id → name shown). */
public final class DigestNamesProbe {
    private DigestNamesProbe() {
    }

    public static BiFunction<String, String, String> namer() {
        Names.Namer n = Names.SHOW.namer(org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH).digestWords());
        return n::name;
    }
}
