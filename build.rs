//! Checks `config/clinic.json` at build time with the app's own rules (`src/domain/clinic.rs`, compiled into this
//! script as it is) and writes the accepted configuration into the build as Rust constants
//! (`src/domain/clinic_built_in.rs` includes them). The WebAssembly then neither parses JSON nor recomputes
//! contrast at start-up, which kept about 10 KB of code in every build. A file the rules refuse gives a build
//! warning and the neutral placeholders, exactly as before: a broken clinic file never hides the emergency number.

#[allow(dead_code)]
#[path = "src/domain/colour.rs"]
mod colour;

#[allow(dead_code)]
#[path = "src/domain/clinic.rs"]
mod clinic;

use std::fmt::Write as _;

use clinic::ClinicConfig;

fn main() {
    for watched in [
        "config/clinic.json",
        "src/domain/clinic.rs",
        "src/domain/colour.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let config = ClinicConfig::parse(clinic::CLINIC_JSON).unwrap_or_else(|problem| {
        println!("cargo:warning={problem}; the app shows neutral placeholders instead");
        ClinicConfig::default()
    });
    // Checked by the parse above; only a config without an accent has none.
    let accent = config
        .accent_colours()
        .ok()
        .flatten()
        .map(|(light, dark)| (light.to_hex(), dark.to_hex()));

    let mut rust = String::from(
        "// Written by build.rs from config/clinic.json after ClinicConfig::parse accepted it. Do not edit.\n",
    );
    let mut constant = |name: &str, kind: &str, value: String| {
        writeln!(rust, "const {name}: {kind} = {value};").expect("writing to a String");
    };
    constant("BUILT_IN_NAME", "&str", format!("{:?}", config.name));
    constant("BUILT_IN_PHONE", "&str", format!("{:?}", config.phone));
    constant(
        "BUILT_IN_BOOKING_URL",
        "&str",
        format!("{:?}", config.booking_url),
    );
    constant(
        "BUILT_IN_EMERGENCY_NUMBER",
        "&str",
        format!("{:?}", config.emergency_number),
    );
    constant(
        "BUILT_IN_ACCENT",
        "Option<(&str, &str)>",
        format!("{accent:?}"),
    );
    constant("BUILT_IN_LOGO", "&str", format!("{:?}", config.logo));
    constant(
        "BUILT_IN_EMBED_ORIGINS",
        "&[&str]",
        format!("&{:?}", config.embed_origins),
    );

    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(std::path::Path::new(&out).join("clinic_built_in.rs"), rust)
        .expect("the build's own folder is writable");
}
