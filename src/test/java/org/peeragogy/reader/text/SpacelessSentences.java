package org.peeragogy.reader.text;

import java.util.List;

/**
 * Sentences in the scripts written without spaces between words that ICU's dictionaries split (issue 13),
 * written for the tests (no handbook text), with a word from the middle of each: "Our group meets every
 * week to learn Thai together", "We study Lao together every week", "Our group meets every week to learn
 * Khmer", "Our group meets every week and studies Burmese".
 */
public final class SpacelessSentences {
    public static final String THAI = "กลุ่มของเราพบกันทุกสัปดาห์เพื่อเรียนรู้ภาษาไทยด้วยกัน";
    public static final String LAO = "ພວກເຮົາຮຽນພາສາລາວນຳກັນທຸກອາທິດ";
    public static final String KHMER = "ក្រុមរបស់យើងជួបគ្នារៀងរាល់សប្តាហ៍ដើម្បីរៀនភាសាខ្មែរ";
    public static final String BURMESE = "ကျွန်ုပ်တို့အဖွဲ့သည်အပတ်တိုင်းတွေ့ဆုံပြီးမြန်မာစာကိုလေ့လာသည်";

    /**
     * Real sentences with particles, where ICU's dictionary split of the whole run differs from the split of
     * a word alone (issue 13's second test): "We read books at the library every Monday" (ថ្ងៃច័ន្ទ, "Monday",
     * is split រៀងរាល់ថ្ងៃ|ច័ន្ទ inside it) and "We read books at the library" (စာအုပ်, "book", is split
     * မှာစာ|အုပ်).
     */
    public static final String KHMER_MONDAY = "យើងអានសៀវភៅនៅបណ្ណាល័យរៀងរាល់ថ្ងៃច័ន្ទ";
    public static final String BURMESE_BOOK = "ကျွန်တော်တို့စာကြည့်တိုက်မှာစာအုပ်ဖတ်ကြတယ်";

    /** One sentence and a word from its middle ("week", "language", "week", "Myanmar"). */
    public record Sentence(String language, String text, String middleWord) {
    }

    public static final List<Sentence> ALL = List.of(
            new Sentence("th", THAI, "สัปดาห์"),
            new Sentence("lo", LAO, "ພາສາ"),
            new Sentence("km", KHMER, "សប្តាហ៍"),
            new Sentence("my", BURMESE, "မြန်မာ"),
            new Sentence("km-monday", KHMER_MONDAY, "ថ្ងៃច័ន្ទ"),
            new Sentence("my-book", BURMESE_BOOK, "စာအုပ်"));

    private SpacelessSentences() {
    }
}
