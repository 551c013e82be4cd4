package org.returnops.transport.manifest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;

import java.util.List;

/** The manifest after a build, how many were seated by it, and who stayed in the pool and why, in order. */
@Schema(name = "ManifestBuild", example = Examples.MANIFEST_BUILD)
public record ManifestBuildView(ManifestView manifest, int assigned, List<LeftOver> leftOver) {
}
