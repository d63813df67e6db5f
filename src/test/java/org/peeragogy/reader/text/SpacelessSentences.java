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

    /** One sentence and a word from its middle ("week", "language", "week", "Myanmar"). */
    public record Sentence(String language, String text, String middleWord) {
    }

    public static final List<Sentence> ALL = List.of(
            new Sentence("th", THAI, "สัปดาห์"),
            new Sentence("lo", LAO, "ພາສາ"),
            new Sentence("km", KHMER, "សប្តាហ៍"),
            new Sentence("my", BURMESE, "မြန်မာ"));

    private SpacelessSentences() {
    }
}
