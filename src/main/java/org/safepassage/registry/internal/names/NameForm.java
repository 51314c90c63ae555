package org.safepassage.registry.internal.names;

/**
 * One name (a given name, a father's name or a family name) in one script, ready to compare.
 *
 * @param text   the normalised spelling; equal texts are the same name
 * @param arabic whether it was written in Arabic script
 * @param sounds how it reads, in {@link Sound}s
 * @param key    a coarse, script-independent key: the consonant classes, articles and vowels left out. The
 *               spellings of one name share it (Mohammed, Muhammad, Mhd, محمد: "MHMD"); so may a few
 *               different names (Mahmoud), which is why it serves to find candidates, not to decide.
 */
public record NameForm(String text, boolean arabic, byte[] sounds, String key) {

    /** A name written once with its article and once without (Al-Ahmad, Ahmad) is still the same name. */
    private static final float DROPPED_ARTICLE = 0.02f;

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** How alike two names sound, from 0 (nothing in common) to 1 (the same name). */
    public float similarity(NameForm other) {
        if (text.equals(other.text) && arabic == other.arabic) {
            return 1f;
        }
        if (isEmpty() || other.isEmpty()) {
            return 0f;
        }
        SoundCosts.Kind kind = arabic && other.arabic ? SoundCosts.Kind.ARABIC_ARABIC
                : arabic || other.arabic ? SoundCosts.Kind.LATIN_ARABIC : SoundCosts.Kind.LATIN_LATIN;
        float similarity = SoundDistance.similarity(sounds, other.sounds, kind);
        if (hasArticle() != other.hasArticle()) {
            float bare = SoundDistance.similarity(withoutArticle(), other.withoutArticle(), kind) - DROPPED_ARTICLE;
            similarity = Math.max(similarity, bare);
        }
        return similarity;
    }

    private boolean hasArticle() {
        return sounds.length > 2 && sounds[0] == Sound.V_ANY && sounds[1] == Sound.ARTICLE_L;
    }

    private byte[] withoutArticle() {
        return hasArticle() ? java.util.Arrays.copyOfRange(sounds, 2, sounds.length) : sounds;
    }

    @Override
    public String toString() {
        return text + " [" + Sound.toString(sounds) + "] " + key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameForm form && form.text.equals(text) && form.arabic == arabic;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + (arabic ? 1 : 0);
    }
}
