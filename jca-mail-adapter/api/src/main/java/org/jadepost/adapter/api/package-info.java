/**
 * The contract between the mail resource adapter and the MDBs of the {@code ejb} module: listener
 * interfaces (one per protocol) and the immutable records they exchange. It imports nothing else
 * from the adapter so that it can ship as its own jar inside the RAR.
 */
package org.jadepost.adapter.api;
