/** The back office's rules, in plain Java: polygons on a plan, runs of sizes, ranges of hanger ids, opening hours. */
package io.lien.server.setup.model;
