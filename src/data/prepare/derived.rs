//! Input features computed from raw columns before scaling, as in TensorFlow Playground:
//! x², a·b and sin x. They are added to the table as ordinary numeric columns
//! (`x1²`, `x1·x2`, `sin x1`), so they are scaled, filled and encoded like any other
//! column, and the [`super::Preprocessor`] recomputes them from the raw columns of new
//! rows (evaluation, prediction, export).

use crate::data::error::DataError;
use crate::data::table::{Column, Table};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One derived input, naming the raw columns it is computed from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Derived {
    /// The column squared.
    Square(String),
    /// The product of two columns.
    Product(String, String),
    /// The sine of the column (radians, raw units).
    Sin(String),
}

impl Derived {
    /// The column name the value gets (`x1²`, `x1·x2`, `sin x1`).
    pub fn name(&self) -> String {
        match self {
            Derived::Square(a) => format!("{a}²"),
            Derived::Product(a, b) => format!("{a}·{b}"),
            Derived::Sin(a) => format!("sin {a}"),
        }
    }

    /// The raw columns it reads, in order.
    pub fn sources(&self) -> Vec<&str> {
        match self {
            Derived::Square(a) | Derived::Sin(a) => vec![a.as_str()],
            Derived::Product(a, b) => vec![a.as_str(), b.as_str()],
        }
    }

    /// The value from its sources' raw values (`b` is read only by a product).
    pub fn eval(&self, a: f32, b: f32) -> f32 {
        match self {
            Derived::Square(_) => a * a,
            Derived::Product(..) => a * b,
            Derived::Sin(_) => a.sin(),
        }
    }

    /// Every derived input Playground offers for two columns, in display order:
    /// `a²`, `b²`, `a·b`, `sin a`, `sin b`.
    pub fn offered(a: &str, b: &str) -> Vec<Derived> {
        vec![
            Derived::Square(a.to_string()),
            Derived::Square(b.to_string()),
            Derived::Product(a.to_string(), b.to_string()),
            Derived::Sin(a.to_string()),
            Derived::Sin(b.to_string()),
        ]
    }

    /// The numeric column of this input over every row of `table`; a missing source value
    /// gives a missing value.
    pub fn column(&self, table: &Table) -> Result<Column, DataError> {
        let values = |name: &str| -> Result<&[f32], DataError> {
            let col = table.column(name).ok_or_else(|| DataError::UnknownColumn {
                column: name.to_string(),
                role: format!("input feature {}", self.name()),
                available: table.column_names(),
            })?;
            col.as_f32().ok_or_else(|| DataError::NotNumeric {
                column: name.to_string(),
                what: format!("the input feature {}", self.name()),
            })
        };
        let srcs = self.sources();
        let a = values(srcs.first().copied().unwrap_or_default())?;
        let b = match srcs.get(1) {
            Some(n) => values(n)?,
            None => a,
        };
        let out = a.iter().zip(b).map(|(&x, &y)| self.eval(x, y)).collect();
        Ok(Column::numeric(self.name(), out))
    }
}

/// `table` with the columns of `derived` appended (the table itself when there are none).
/// A derived input whose name a column of the table already has is an error.
pub fn augment<'t>(table: &'t Table, derived: &[Derived]) -> Result<Cow<'t, Table>, DataError> {
    if derived.is_empty() {
        return Ok(Cow::Borrowed(table));
    }
    let mut out = table.clone();
    for d in derived {
        let name = d.name();
        if out.column(&name).is_some() {
            return Err(DataError::DerivedNameTaken { name });
        }
        out.columns.push(d.column(table)?);
    }
    Ok(Cow::Owned(out))
}

/// [`augment`] on a table it takes: the derived columns are appended without a copy.
pub fn augment_owned(mut table: Table, derived: &[Derived]) -> Result<Table, DataError> {
    for d in derived {
        let name = d.name();
        if table.column(&name).is_some() {
            return Err(DataError::DerivedNameTaken { name });
        }
        let column = d.column(&table)?;
        table.columns.push(column);
    }
    Ok(table)
}

/// Whether `name` is the name of one of `derived`.
pub fn is_derived(name: &str, derived: &[Derived]) -> bool {
    derived.iter().any(|d| d.name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::from_columns(
            "t",
            vec![
                Column::numeric("x1", vec![1.0, -2.0, f32::NAN]),
                Column::numeric("x2", vec![3.0, 0.5, 1.0]),
                Column::categorical("label", &[Some("a"), Some("b"), Some("a")]),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn names_and_values() {
        let t = table();
        let sq = Derived::Square("x1".into());
        assert_eq!(sq.name(), "x1²");
        let c = sq.column(&t).unwrap_or_else(|e| panic!("{e}"));
        let v = c.as_f32().unwrap_or_default();
        assert_eq!(&v[..2], &[1.0, 4.0]);
        assert!(v[2].is_nan(), "a missing source stays missing");
        let p = Derived::Product("x1".into(), "x2".into());
        assert_eq!(p.name(), "x1·x2");
        let c = p.column(&t).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&c.as_f32().unwrap_or_default()[..2], &[3.0, -1.0]);
        let s = Derived::Sin("x2".into());
        assert_eq!(s.name(), "sin x2");
        let c = s.column(&t).unwrap_or_else(|e| panic!("{e}"));
        assert!((c.as_f32().unwrap_or_default()[1] - 0.5f32.sin()).abs() < 1e-7);
    }

    #[test]
    fn augment_appends_in_order_and_borrows_when_empty() {
        let t = table();
        assert!(matches!(
            augment(&t, &[]).unwrap_or_else(|e| panic!("{e}")),
            Cow::Borrowed(_)
        ));
        let all = Derived::offered("x1", "x2");
        let a = augment(&t, &all).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<String> = a.columns.iter().map(|c| c.name.clone()).collect();
        assert_eq!(
            names,
            ["x1", "x2", "label", "x1²", "x2²", "x1·x2", "sin x1", "sin x2"]
        );
        assert_eq!(a.rows(), 3);
    }

    #[test]
    fn bad_sources_are_clear_errors() {
        let t = table();
        let e = augment(&t, &[Derived::Square("nope".into())])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("`nope`") && e.contains("nope²"), "{e}");
        let e = augment(&t, &[Derived::Sin("label".into())])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("label") && e.contains("sin label"), "{e}");
    }
}
