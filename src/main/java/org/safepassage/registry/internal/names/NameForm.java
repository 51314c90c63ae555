package org.safepassage.registry.internal.names;

/**
 * One name (a given name, a father's name or a family name) in one script, ready to compare.
 *
 * <ul>
 * <li>{@code text}: the normalised spelling; equal texts are the same name;</li>
 * <li>{@code arabic}: whether it was written in Arabic script;</li>
 * <li>{@code sounds}: how it reads, in {@link Sound}s;</li>
 * <li>{@code key}: a coarse, script-independent key: the consonant classes, articles and vowels left out. The
 * spellings of one name share it (Mohammed, Muhammad, Mhd, محمد: “MHMD”); so may a few different names
 * (Mahmoud), which is why it serves to find candidates, not to decide.</li>
 * </ul>
 */
public final class NameForm {

    private final String text;
    private final boolean arabic;
    private final byte[] sounds;
    private final String key;
    /** How much there is to the name in each kind of comparison (see {@link SoundCosts}), worked out once. */
    private final float[] contents;
    /** The name without its article (Al-Ahmad: Ahmad), or the name itself when it has none. */
    private final byte[] bare;
    private final float[] bareContents;

    NameForm(String text, boolean arabic, byte[] sounds, String key) {
        this.text = text;
        this.arabic = arabic;
        this.sounds = sounds;
        this.key = key;
        this.contents = contents(sounds);
        boolean article = sounds.length > 2 && sounds[0] == Sound.V_ANY && sounds[1] == Sound.ARTICLE_L;
        this.bare = article ? java.util.Arrays.copyOfRange(sounds, 2, sounds.length) : sounds;
        this.bareContents = article ? contents(bare) : contents;
    }

    private static float[] contents(byte[] sounds) {
        float[] contents = new float[SoundCosts.Kind.values().length];
        for (SoundCosts.Kind kind : SoundCosts.Kind.values()) {
            contents[kind.ordinal()] = SoundDistance.content(sounds, SoundCosts.of(kind));
        }
        return contents;
    }

    public String text() {
        return text;
    }

    public boolean arabic() {
        return arabic;
    }

    byte[] sounds() {
        return sounds;
    }

    public String key() {
        return key;
    }

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
        SoundCosts costs = SoundCosts.of(kind);
        float similarity = SoundDistance.similarity(sounds, content(kind), other.sounds, other.content(kind), costs);
        if (hasArticle() != other.hasArticle()) {
            float withoutArticles = SoundDistance.similarity(bare, bareContents[kind.ordinal()], other.bare,
                    other.bareContents[kind.ordinal()], costs) - DROPPED_ARTICLE;
            similarity = Math.max(similarity, withoutArticles);
        }
        return similarity;
    }

    private float content(SoundCosts.Kind kind) {
        return contents[kind.ordinal()];
    }

    private boolean hasArticle() {
        return bare != sounds;
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
