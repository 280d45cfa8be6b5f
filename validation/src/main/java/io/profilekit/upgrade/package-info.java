/**
 * Upgrade planning: {@link io.profilekit.upgrade.UpgradePlanner} finds, for each layer of a profile
 * or cluster stack, the newest version an {@link io.profilekit.upgrade.UpgradePolicy} allows such
 * that every pack constraint still holds, and explains what it could not take.
 */
package io.profilekit.upgrade;
