/** The rollups' SQL, written once for H2 and PostgreSQL: recomputing an hour, reading a period. */
package io.lien.server.insights.infrastructure;
