package org.safepassage.registry;

/** A person to register into a household; a blank {@code ref} is assigned by the registry. */
public record NewMember(String ref, PersonDetails details) {

    public NewMember {
        ref = PersonName.clean(ref);
    }
}
