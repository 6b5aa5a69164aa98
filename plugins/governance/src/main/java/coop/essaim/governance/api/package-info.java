/**
 * What other modules may use of governance: the permissions and the register's records (movements, holdings,
 * the dated capital rule). The share register lives in this plugin's own tables; no other module reads them.
 */
package coop.essaim.governance.api;
