package org.safepassage.registry;

/** A Syrian governorate (admin level 1) by its P-code, SY01..SY14. */
public record Governorate(String pcode, String nameEn, String nameAr) {

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }
}
