/** Keeping the rollups up to date (and rebuilding them), and reading them back as a manager's figures. */
package io.lien.server.insights.application;
