/**
 * The Arquillian deployment ({@link org.jadepost.it.deployment.Deployments}) and the test data
 * helpers the in-container tests share. Deployed with the tests.
 */
package org.jadepost.it.deployment;
