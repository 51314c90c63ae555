/**
 * Intentions and informed consent: where each household and person wants to go, their consent to go there,
 * the protection holds that keep a person at risk back, and the rule every other module relies on: who may
 * travel to a destination now ({@link org.safepassage.consent.ConsentManagement#whoMayTravelTo}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intentions and consent",
        allowedDependencies = {"registry", "security", "shared"})
package org.safepassage.consent;
