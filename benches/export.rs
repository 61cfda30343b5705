//! Exporting the 100,000 opinions of the large database to CSV, as `hopdan export --all` does:
//! every meeting read from the store and written to the files of a folder on disk. Budget
//! (BENCHMARKS.md, scripts/bench-export.sh): no slower than `sqlite3 -csv` on the same data.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};

use hopdan::export::{ExportOptions, ExportWriter};
use hopdan::store::Store;

use support::large_db;

fn export_all(c: &mut Criterion) {
    let (path, _) = large_db::cached();
    let store = Store::open(&path).expect("open the large database");
    let out = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("all meetings (100,000 opinions) to CSV files", |b| {
        b.iter(|| {
            let mut export = ExportWriter::create(out.path(), ExportOptions::default()).unwrap();
            for id in store.meeting_ids().unwrap() {
                export.append(&store.load_record(id).unwrap(), id).unwrap();
            }
            export.finish().unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, export_all);
criterion_main!(benches);
