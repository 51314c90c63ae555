package org.safepassage.registry.internal.demo;

/**
 * How one clerk writes Arabic names in Latin letters. Real registration lists mix English habits (Mohammed,
 * Yousef), French ones (Chadi, Oussama, Noureddine), the sounds of spoken Levantine or Bedouin Arabic (Saer
 * for Thaer, Gasem for Qasim, Fatmeh) and, from some partners, scholarly transliteration (ʿAbd al-Raḥmān,
 * written without its dots); each clerk is drawn with a leaning and some habits of their own.
 */
record Hand(
        String ayn, String hamza, String tha, String dhal, String zah, String dad, String qaf, String jim,
        String shin, String longA, String longI, String finalI, String longU, String shortU, String shortI,
        boolean imala, String ay, String aw, String taaMarbuta, boolean doubles, Article article,
        Compound compound, double muhammadAbbreviated, boolean frenchFinalE, boolean upperCase) {

    enum Article { AL_HYPHEN, AL_SPACE, AL_GLUED, EL_HYPHEN, EL_SPACE, DROPPED, ASSIMILATED }

    enum Compound { UL_GLUED, EL_GLUED, AL_SPACED, UL_SPACED, EL_SPACED, ASSIMILATED }

    static Hand draw(Rng rng) {
        String style = rng.weighted("english", 55, "french", 20, "levantine", 15, "scholarly", 10);
        return switch (style) {
            case "french" -> new Hand(
                    rng.weighted("", 85, "'", 15), "", rng.weighted("th", 70, "t", 30), rng.weighted("dh", 50, "z", 50),
                    "z", "d", rng.weighted("k", 50, "q", 50), rng.weighted("dj", 40, "j", 60), "ch",
                    "a", "i", "i", "ou", rng.weighted("ou", 50, "o", 50), rng.weighted("i", 60, "e", 40),
                    rng.chance(0.5), rng.weighted("ai", 50, "ei", 50), rng.weighted("aou", 30, "aw", 70),
                    rng.weighted("a", 60, "e", 20, "eh", 20), rng.chance(0.7), frenchArticle(rng),
                    rng.weighted(Compound.EL_GLUED, 50, Compound.EL_SPACED, 30, Compound.ASSIMILATED, 20),
                    rng.chance(0.3) ? 0.5 : 0.0, true, rng.chance(0.15));
            case "levantine" -> new Hand(
                    "", "", rng.weighted("s", 50, "th", 30, "t", 20), "z", "z", "d", rng.weighted("k", 40, "q", 30, "g", 30),
                    "j", "sh", "a", rng.weighted("i", 60, "ee", 40), rng.weighted("i", 70, "y", 30),
                    rng.weighted("ou", 50, "u", 30, "oo", 20), rng.weighted("o", 60, "u", 40), rng.weighted("e", 60, "i", 40),
                    true, rng.weighted("ai", 40, "ay", 30, "ei", 30), rng.weighted("aw", 60, "ou", 40),
                    rng.weighted("eh", 50, "a", 40, "ah", 10), rng.chance(0.5), commonArticle(rng),
                    rng.weighted(Compound.UL_GLUED, 40, Compound.EL_GLUED, 30, Compound.UL_SPACED, 30),
                    rng.chance(0.4) ? 0.6 : 0.0, false, rng.chance(0.1));
            case "scholarly" -> new Hand(
                    "'", "'", "th", "dh", "z", "d", "q", "j", "sh", rng.weighted("a", 70, "aa", 30),
                    rng.weighted("i", 70, "ii", 30), "i", rng.weighted("u", 70, "uu", 30), "u", "i", false, "ay", "aw",
                    rng.weighted("a", 60, "ah", 40), true, rng.weighted(Article.AL_HYPHEN, 70, Article.ASSIMILATED, 30),
                    rng.weighted(Compound.AL_SPACED, 70, Compound.ASSIMILATED, 30), 0.0, false, false);
            default -> new Hand(
                    rng.weighted("", 75, "'", 10, "echo", 15), rng.weighted("", 80, "'", 20),
                    rng.weighted("th", 85, "s", 10, "t", 5), rng.weighted("dh", 40, "z", 40, "d", 20),
                    rng.weighted("z", 60, "dh", 40), rng.weighted("d", 85, "dh", 15),
                    rng.weighted("q", 45, "k", 40, "g", 15), "j", "sh", rng.weighted("a", 85, "aa", 15),
                    rng.weighted("i", 50, "ee", 50), rng.weighted("i", 70, "y", 20, "ee", 10),
                    rng.weighted("u", 30, "ou", 40, "oo", 30), rng.weighted("u", 50, "o", 50), rng.weighted("i", 65, "e", 35),
                    rng.chance(0.45), rng.weighted("ay", 40, "ai", 35, "ei", 25), rng.weighted("aw", 70, "ou", 30),
                    rng.weighted("a", 60, "ah", 25, "eh", 15), rng.chance(0.65), commonArticle(rng),
                    rng.weighted(Compound.UL_GLUED, 35, Compound.AL_SPACED, 15, Compound.UL_SPACED, 25,
                            Compound.EL_SPACED, 15, Compound.ASSIMILATED, 10),
                    rng.chance(0.25) ? 0.5 : 0.0, false, rng.chance(0.1));
        };
    }

    private static Article commonArticle(Rng rng) {
        return rng.weighted(Article.AL_HYPHEN, 40, Article.AL_SPACE, 15, Article.AL_GLUED, 15, Article.EL_HYPHEN, 8,
                Article.EL_SPACE, 5, Article.DROPPED, 17);
    }

    private static Article frenchArticle(Rng rng) {
        return rng.weighted(Article.EL_HYPHEN, 35, Article.EL_SPACE, 20, Article.AL_HYPHEN, 20, Article.DROPPED, 25);
    }
}
