/**
 * The population registry: households and individuals (names in Latin and Arabic script), their specific
 * needs and origins, every change made to them, the bulk import of the camp's template and the registry
 * search. Other modules read it through {@link org.safepassage.registry.RegistryManagement} and react to
 * its events; only the registry writes its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.safepassage.registry;
