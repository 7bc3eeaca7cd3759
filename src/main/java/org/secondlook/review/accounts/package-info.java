/**
 * Accounts: creating, disabling and changing accounts, their key slots, the password policy, the pause after
 * a failed login, and the installation's key ring (signing keys, headquarters' keys, trusted offices).
 */
package org.secondlook.review.accounts;
