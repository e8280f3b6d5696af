/**
 * The CDS Hooks 2.0 service behind {@code hccbm serve}: discovery, the {@code patient-view} service
 * that reads the prefetched FHIR resources into a patient and answers cards, and the JWT bearer
 * authentication of "Trusting CDS Clients" (docs/cli.md, docs/cds-hooks.md).
 *
 * <p>Not an API: the command line starts it; embed the library modules instead.
 */
package org.hccbm.cli.serve;
