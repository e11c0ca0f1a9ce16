//! Insights and the report's pictures and findings: the charts, each drawn by the app as SVG.
pub mod bar_chart;
pub mod charts;
pub mod findings;
pub mod heat_map;
pub mod period_picker;
pub mod severity_timeline;
